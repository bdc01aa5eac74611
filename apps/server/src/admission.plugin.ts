import { createHash } from "node:crypto";
import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type OperationDefinitionNode } from "graphql";
import type { Context } from "./context.js";
import { operationCost } from "./cost.js";
import { limitError, type QueryLimits } from "./limits.js";
import type { RateLimiter } from "./rate-limit.js";

/**
 * The rate-limit bucket a request draws on: its token's when it sends one (verified before this runs: a made-up
 * token is UNAUTHENTICATED, so it buys no budget), else its IP's. As on GitHub, a token's holder is not slowed by
 * others behind the same address.
 */
export function bucketKeys({ ip, token }: Context["request"]): string[] {
  return [token ? `token:${createHash("sha256").update(token).digest("base64url")}` : `ip:${ip}`];
}

/** Sets of variables whose cost is kept for each parsed operation, and the longest (as JSON) worth keeping. */
const COSTS_PER_OPERATION = 64;
const MAX_KEPT_VARIABLES_LENGTH = 1_024;

/**
 * Lets an operation run only within its cost budget and its rate limit, once its variables are known:
 * over `limits.maxCost` → 400 QUERY_TOO_COMPLEX; a bucket that cannot pay → 429 RATE_LIMITED with Retry-After.
 * Every response then reports `extensions.cost`, and `extensions.rateLimit` when limits are on.
 */
export function admissionPlugin(limits: QueryLimits, rateLimiter: RateLimiter | undefined): ApolloServerPlugin<Context> {
  // Apollo keeps parsed documents, so an operation is the same object each time: cost it once per set of variables
  // (up to COSTS_PER_OPERATION of them; a client paging by cursor sends new ones each time, costed anew once full).
  const costs = new WeakMap<OperationDefinitionNode, Map<string, number>>();
  const costOf = (...[schema, document, operation, variables]: Parameters<typeof operationCost>) => {
    const key = operation.variableDefinitions?.length ? JSON.stringify(variables ?? {}) : "";
    let known = costs.get(operation);
    if (!known) costs.set(operation, (known = new Map<string, number>()));
    let cost = known.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, operation, variables);
      if (known.size < COSTS_PER_OPERATION && key.length <= MAX_KEPT_VARIABLES_LENGTH) known.set(key, cost);
    }
    return cost;
  };
  return {
    requestDidStart() {
      let cost: number | undefined;
      let remaining: number | undefined;
      return Promise.resolve({
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          // didResolveOperation is only called once an operation was found
          cost = operation ? costOf(schema, document, operation, request.variables) : 0;
          if (rateLimiter) {
            // A refused operation is charged as the largest one allowed: refusals are not a free way to probe.
            const points = Math.min(Math.max(cost, 1), limits.maxCost, rateLimiter.options.capacity);
            const charge = await rateLimiter.charge(bucketKeys(contextValue.request), points);
            remaining = charge.remaining;
            if (!charge.allowed) {
              const wait = charge.retryAfterSeconds;
              throw new GraphQLError(
                `Rate limit exceeded: this operation costs ${points} points and ${remaining} are left; retry in ${wait} s`,
                {
                  extensions: {
                    code: "RATE_LIMITED",
                    retryAfter: wait,
                    http: { status: 429, headers: new HeaderMap([["retry-after", String(wait)]]) },
                  },
                },
              );
            }
          }
          if (cost > limits.maxCost) {
            throw limitError(
              "cost",
              `Query cost of ${cost} exceeds the budget of ${limits.maxCost}: ask for smaller pages or fewer nested lists`,
              {
                cost,
                maximum: limits.maxCost,
              },
            );
          }
        },
        willSendResponse({ response }) {
          if (response.body.kind === "single" && cost !== undefined) {
            const result = response.body.singleResult;
            const rateLimit = rateLimiter &&
              remaining !== undefined && {
                limit: rateLimiter.options.capacity,
                remaining,
                refillPerSecond: rateLimiter.options.refillPerSecond,
              };
            result.extensions = { ...result.extensions, cost, ...(rateLimit && { rateLimit }) };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
