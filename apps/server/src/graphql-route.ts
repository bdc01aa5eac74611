// POST/GET /graphql: Apollo behind a per-request deadline and a cap on the response's size.
import type { ApolloServer } from "@apollo/server";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import { isDatabaseUnavailable, type Store } from "@claimline/store";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { createContext, type Context, type RequestInfo } from "./context.js";
import type { DatabaseHealth } from "./database-health.js";
import { viewerFor } from "./auth.js";
import type { ChangeBus } from "./live/changes.js";
import { ClaimlineError, timedOut, unavailable } from "./errors.js";
import { guardedStore } from "./request-guard.js";
import { answerRequestErrorsAsGraphQL, graphQLErrorBody } from "./request-errors.js";
import type { CacheableRequest, ResponseCache } from "./response-cache.js";
import { bucketKeys } from "./admission.plugin.js";
import type { RateLimiter } from "./rate-limit.js";

export interface GraphQLRouteOptions {
  apollo: ApolloServer<Context>;
  store: Store;
  health: DatabaseHealth;
  /** Each request is answered TIMEOUT (504) when it has not finished by then, and stops querying the database. */
  timeoutMs: number;
  /** A larger response is replaced by a QUERY_TOO_COMPLEX error (400). */
  maxResponseBytes: number;
  maxBodyBytes: number;
  /** This route's security headers, set on every answer (its Content-Security-Policy differs from the dashboard's). */
  headers: Record<string, string>;
  /** Where writes announce their changes to subscribers. */
  changes: ChangeBus;
  /** Whole answers kept in front of Apollo, invalidated by every write; none when unset. */
  cache?: ResponseCache;
  /** Charges a cache hit as Apollo's admission would have (same buckets, same 429); unset when rate limits are off. */
  rateLimiter?: RateLimiter;
  maxCost: number;
}

export const DEFAULT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/** The bearer token of `Authorization: Bearer …`, if any. */
const BEARER = /^Bearer\s+(\S+)\s*$/i;

function requestInfo(request: FastifyRequest): RequestInfo {
  const token = BEARER.exec(request.headers.authorization ?? "")?.[1];
  return { id: request.id, ip: request.ip, ...(token && { token }) };
}

const TIMED_OUT = Symbol("timed out");
const JSON_TYPE = "application/json; charset=utf-8";

/** A POSTed operation the response cache can key, or null (GET, extensions such as persisted queries). */
function cacheableRequest(request: FastifyRequest): CacheableRequest | null {
  if (request.method !== "POST" || !request.body || typeof request.body !== "object") return null;
  const { query, operationName, variables, ...rest } = request.body as Record<string, unknown>;
  if (typeof query !== "string" || Object.keys(rest).length > 0) return null;
  return {
    authorization: request.headers.authorization ?? "",
    query,
    operationName: typeof operationName === "string" ? operationName : null,
    variables,
  };
}

/** Registers /graphql in its own scope, where Fastify's errors (bad JSON, wrong content type) are GraphQL errors too. */
export async function registerGraphQLRoute(app: FastifyInstance, options: GraphQLRouteOptions): Promise<void> {
  const { apollo, store, health, timeoutMs, maxResponseBytes, maxBodyBytes, headers, changes, cache, rateLimiter, maxCost } = options;
  await app.register((scope, _options, done) => {
    answerRequestErrorsAsGraphQL(scope, maxBodyBytes);
    const deadlines = new WeakMap<FastifyRequest, number>();
    // Typed by the integration for a route replying only strings; it resolves to the body (or the reply, when streaming).
    const handle = fastifyApolloHandler(apollo, {
      context: async (request) => {
        const viewer = await viewerFor(store, request.headers.authorization).catch((error: unknown) => {
          // Checking a token reads the database: while it is away, say so rather than fail as INTERNAL.
          if (!isDatabaseUnavailable(error)) throw error;
          health.report(error);
          throw new ClaimlineError("UNAVAILABLE", unavailable().message, { http: { status: 503 } });
        });
        return createContext(guardedStore(store, health, timeoutMs, deadlines.get(request)), viewer, requestInfo(request), changes);
      },
    }) as unknown as (request: FastifyRequest, reply: FastifyReply) => Promise<string | FastifyReply>;

    scope.route({
      method: ["GET", "POST", "OPTIONS"],
      url: "/graphql",
      // Worked out once (headers.ts) rather than by @fastify/helmet on each request.
      helmet: false,
      config: { securityHeaders: headers },
      async handler(request, reply) {
        const cacheable = cache ? cacheableRequest(request) : null;
        const key = cacheable ? (cache?.keyOf(cacheable) ?? null) : null;
        // Set only for a mutation: what invalidates the cache once it has run.
        const wrote = cacheable && cache?.isWrite(cacheable) ? () => cache.wrote() : null;
        const generation = key && cache ? await cache.generation() : -1;
        const hit = key ? cache?.get(key, generation) : undefined;
        if (hit !== undefined) {
          if (!rateLimiter) return reply.type(JSON_TYPE).send(hit.body());
          const points = Math.min(Math.max(hit.cost, 1), maxCost, rateLimiter.options.capacity);
          const charge = await rateLimiter.charge(bucketKeys(requestInfo(request)), points);
          if (!charge.allowed) {
            const wait = charge.retryAfterSeconds;
            const message = `Rate limit exceeded: this operation costs ${points} points and ${charge.remaining} are left; retry in ${wait} s`;
            return reply
              .code(429)
              .header("retry-after", String(wait))
              .type(JSON_TYPE)
              .send(graphQLErrorBody(message, "RATE_LIMITED", { retryAfter: wait }));
          }
          const { capacity: limit, refillPerSecond } = rateLimiter.options;
          return reply.type(JSON_TYPE).send(hit.body({ limit, remaining: charge.remaining, refillPerSecond }));
        }
        deadlines.set(request, Date.now() + timeoutMs);
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)));
        const answer = handle(request, reply);
        const outcome = await Promise.race([answer, expired]).finally(() => clearTimeout(timer));

        if (outcome === TIMED_OUT) {
          // Apollo finishes in the background (the guard refuses its next query); its late answer goes nowhere.
          answer.catch((error: unknown) => request.log.error({ err: error }, "error after a request's deadline"));
          // A write may still commit: invalidate again once it has finished.
          if (wrote) void answer.finally(wrote);
          request.log.warn({ timeoutMs }, "request deadline passed: answered TIMEOUT");
          const { message } = timedOut(timeoutMs);
          return reply
            .code(504)
            .type("application/json; charset=utf-8")
            .send(graphQLErrorBody(message, "TIMEOUT", { requestId: request.id }));
        }
        // A UTF-8 string takes at most 3 bytes per UTF-16 unit: most responses need no counting at all.
        if (typeof outcome === "string" && outcome.length * 3 > maxResponseBytes) {
          const bytes = Buffer.byteLength(outcome);
          if (bytes > maxResponseBytes) {
            const message = `The response would be ${bytes} bytes, over the limit of ${maxResponseBytes}: ask for fewer records or fields`;
            return reply
              .code(400)
              .type("application/json; charset=utf-8")
              .send(graphQLErrorBody(message, "QUERY_TOO_COMPLEX", { limit: "responseBytes", maximum: maxResponseBytes }));
          }
        }
        // After the write committed and before anyone is told: the next read, anywhere, misses.
        if (wrote) await wrote();
        if (key && typeof outcome === "string" && reply.statusCode === 200) {
          cache?.set(key, generation, outcome);
        }
        return outcome;
      },
    });
    done();
  });
}
