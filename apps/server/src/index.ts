export { buildClaimlineSchema, printClaimlineSchema } from "./build-schema.js";
export { createContext, type Context } from "./context.js";
export { createServer, MAX_BODY_BYTES, type ClaimlineServer, type ServerDeps } from "./server.js";
export { CorsPolicy } from "./cors.js";
