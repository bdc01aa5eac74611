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

/**
 * Lets an operation run only within its cost budget and its rate limit, once its variables are known:
 * over `limits.maxCost` → 400 QUERY_TOO_COMPLEX; a bucket that cannot pay → 429 RATE_LIMITED with Retry-After.
 * Every response then reports `extensions.cost`, and `extensions.rateLimit` when limits are on.
 */
export function admissionPlugin(limits: QueryLimits, rateLimiter: RateLimiter | undefined): ApolloServerPlugin<Context> {
  // Apollo keeps parsed documents, so an operation without variables is the same object each time: cost it once.
  const fixedCosts = new WeakMap<OperationDefinitionNode, number>();
  const costOf = (...[schema, document, operation, variables]: Parameters<typeof operationCost>) => {
    if (operation.variableDefinitions?.length) return operationCost(schema, document, operation, variables);
    let cost = fixedCosts.get(operation);
    if (cost === undefined) fixedCosts.set(operation, (cost = operationCost(schema, document, operation, variables)));
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
