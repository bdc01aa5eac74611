// @claimline/client: what a TypeScript app needs to talk to Claimline. No server code, no decorators.
// The SDL itself is `@claimline/client/schema.graphql`.
export * from "./generated/schema-types.js";
export * from "./generated/graphql.js";
export { possibleTypes, typePolicies, createClaimlineCache } from "./cache.js";
export { createClaimlineClient, type ClaimlineClientOptions } from "./client.js";
