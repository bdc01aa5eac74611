import { unwrapResolverError } from "@apollo/server/errors";
import { isDatabaseUnavailable, storageFault } from "@claimline/store";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { storageRefused, unavailable } from "./errors.js";
import { recodeLimitError } from "./limits.js";

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
  "TIMEOUT",
  "UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * What an error is for the client: one it caused (kept as it is), the database being away (UNAVAILABLE), or a
 * bug of ours (masked as INTERNAL, logged with the request id).
 */
export function errorKind(error: unknown): "client" | "unavailable" | "internal" {
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original) || storageFault(original)) return "unavailable";
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === "string" && CLIENT_CODES.has(code) ? "client" : "internal";
}

/** graphql-js's suggestions name fields, arguments and enum values: schema details a production API keeps to itself. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Keeps errors a client caused (with limit refusals coded QUERY_TOO_COMPLEX), says UNAVAILABLE for an unreachable
 * database, and replaces anything else with a plain INTERNAL error that carries no stack or message of ours.
 * `hideSuggestions` drops "Did you mean …?" from messages.
 */
export function createErrorFormatter({ hideSuggestions }: { hideSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { locations, path } = formatted;
    switch (errorKind(error)) {
      case "client": {
        const kept = recodeLimitError(formatted);
        return hideSuggestions ? { ...kept, message: kept.message.replace(SUGGESTION, "").trim() } : kept;
      }
      case "unavailable": {
        const fault = storageFault(unwrapResolverError(error));
        const { message, extensions } = fault ? storageRefused(fault) : unavailable();
        return { message, locations, path, extensions };
      }
      case "internal":
        return { message: "Internal server error", locations, path, extensions: { code: "INTERNAL" } };
    }
  };
}
