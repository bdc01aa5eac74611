// Limits every operation must pass before it runs. Depth, aliases and directives are graphql-armor's validation
// rules, set to report rather than throw (a rule that throws out of graphql-js's validate becomes a 500); tokens are
// counted by graphql-js's own parser (`maxLexicalTokens`); the cost budget is checked once variables are known
// (admission.plugin.ts). Every refusal is a 400 with code QUERY_TOO_COMPLEX and `extensions.limit` naming the limit.
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, type GraphQLFormattedError, type ValidationContext, type ValidationRule } from "graphql";

export interface QueryLimits {
  /** Deepest field nesting (fragments flattened; introspection not counted). */
  maxDepth: number;
  /** Aliased fields, across fragments; `__typename` aliases are free. */
  maxAliases: number;
  /** Directives used, across fragments. */
  maxDirectives: number;
  /** Lexical tokens in the document. */
  maxTokens: number;
  /** Records the operation may return, GitHub-style (see cost.ts and the README's worked example). */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxDirectives: 50, maxTokens: 3_000, maxCost: 25_000 };

export type LimitName = "depth" | "aliases" | "directives" | "tokens" | "validation" | "cost" | "responseBytes";

/** A QUERY_TOO_COMPLEX error answered with HTTP 400. */
export function limitError(limit: LimitName, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "QUERY_TOO_COMPLEX", limit, ...extensions, http: { status: 400 } },
  });
}

/** Armor's rules, reporting a refusal as a validation error that names its limit. */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  const refuse =
    (limit: LimitName, maximum: number) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      // Armor's messages start "Syntax Error:"; the document's syntax is fine, it is only too big.
      const message = error.message.replace(/^Syntax Error: /, "");
      context?.reportError(new GraphQLError(message, { extensions: { limit, maximum } }));
    };
  const options = (limit: LimitName, n: number) => ({ n, propagateOnRejection: false, onReject: [refuse(limit, n)] });
  return [
    maxDepthRule({ ...options("depth", limits.maxDepth), flattenFragments: true, ignoreIntrospection: true }),
    maxAliasesRule(options("aliases", limits.maxAliases)),
    maxDirectivesRule(options("directives", limits.maxDirectives)),
  ];
}

/** graphql-js aborts parsing past `maxTokens` with this message (a GRAPHQL_PARSE_FAILED error). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/; // graphql 16 writes "more that"

/**
 * graphql-js gives up validating a document whose fields would take too many comparisons to merge (thousands of
 * identical selections): a GRAPHQL_VALIDATION_FAILED error with just this message.
 */
const VALIDATION_ABORTED = "Validation aborted.";

/**
 * Gives limit refusals their code: Apollo codes validation errors GRAPHQL_VALIDATION_FAILED and parse errors
 * GRAPHQL_PARSE_FAILED, keeping the extensions underneath; a refusal is QUERY_TOO_COMPLEX instead.
 */
export function recodeLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const tokens = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (tokens) {
    return {
      message: `Token limit of ${tokens[1]} exceeded: the document is too long`,
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "tokens", maximum: Number(tokens[1]) },
    };
  }
  if (formatted.message === VALIDATION_ABORTED) {
    return { message: "The document is too complex to validate", extensions: { code: "QUERY_TOO_COMPLEX", limit: "validation" } };
  }
  if (typeof formatted.extensions?.limit === "string")
    return { ...formatted, extensions: { ...formatted.extensions, code: "QUERY_TOO_COMPLEX" } };
  return formatted;
}
