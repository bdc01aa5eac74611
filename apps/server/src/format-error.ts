import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";

/** Codes a client can act on; anything else is a bug of ours and is masked as INTERNAL. */
const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "SPAN_MISMATCH",
  "CONFLICT",
  "QUERY_TOO_COMPLEX",
  "RATE_LIMITED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * Keeps errors a client caused as they are, and replaces anything unexpected with a plain INTERNAL error
 * that carries no stack or message of ours; `log` receives the real one.
 */
export function createErrorFormatter(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    if (typeof code === "string" && CLIENT_CODES.has(code) && (original instanceof GraphQLError || code !== "INTERNAL_SERVER_ERROR")) {
      return formatted;
    }
    log(original);
    return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL" } };
  };
}
