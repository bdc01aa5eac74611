// A ready Apollo Client for a Claimline server.
import { ApolloClient, HttpLink } from "@apollo/client";
import { createClaimlineCache } from "./cache.js";

export interface ClaimlineClientOptions {
  /** The GraphQL endpoint, e.g. "http://localhost:4000/graphql" (or "/graphql" on the server's own origin). */
  uri: string;
  /** An editor's or reader's bearer token (`npm run token -- create …`); reads need none. */
  token?: string;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
}

/**
 * An Apollo Client 4 with Claimline's cache policies, sending `Authorization: Bearer …` when given a token.
 * Example: `const client = createClaimlineClient({ uri: "http://localhost:4000/graphql" })`.
 */
export function createClaimlineClient({ uri, token, fetch }: ClaimlineClientOptions): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, ...(fetch && { fetch }), ...(token && { headers: { authorization: `Bearer ${token}` } }) }),
    cache: createClaimlineCache(),
  });
}
