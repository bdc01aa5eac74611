import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import type { Store } from "@claimline/store";
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from "fastify";
import { admissionPlugin } from "./admission.plugin.js";
import { buildClaimlineSchema } from "./build-schema.js";
import { compiledExecution } from "./compiled-execution.js";
import type { Context } from "./context.js";
import { CorsPolicy, corsWritesPlugin, registerCors } from "./cors.js";
import { watchDatabase, type DatabaseHealth } from "./database-health.js";
import { errorReportingPlugin } from "./error-reporting.plugin.js";
import { localChangeBus, type ChangeBus } from "./live/changes.js";
import { httpSubscriptionsRefused } from "./live/http-subscriptions.plugin.js";
import { serveSubscriptions } from "./live/subscription-server.js";
import { registerExportRoutes } from "./exports/export.routes.js";
import { createErrorFormatter } from "./format-error.js";
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS, registerGraphQLRoute } from "./graphql-route.js";
import { fixedSecurityHeaders, GRAPHQL_ROUTE_HEADERS, registerSecurityHeaders } from "./headers.js";
import { registerHealthRoutes } from "./health.js";
import { DEFAULT_MIN_FREE_DISK_BYTES } from "./storage-check.js";
import { DEFAULT_LIMITS, limitValidationRules, type QueryLimits } from "./limits.js";
import { nulBytesPlugin } from "./nul-bytes.plugin.js";
import { memoryRateLimiter, DEFAULT_RATE_LIMIT, type RateLimiter, type RateLimitOptions } from "./rate-limit.js";
import type { ResponseCache } from "./response-cache.js";
import { serveDashboard } from "./static.js";

export interface RateLimitSettings extends RateLimitOptions {
  /** Share the buckets between server processes through this Redis (`REDIS_URL`); in memory when unset. */
  redis?: { url: string; keyPrefix: string };
}

export interface ServerDeps {
  store: Store;
  /** Fastify's logger option: false in tests, pino settings in main.ts. */
  logger?: FastifyServerOptions["logger"];
  /** The built dashboard to serve at `/` (apps/dashboard/dist); no dashboard when unset. */
  dashboardDir?: string;
  /** Put stack traces and graphql-js's "Did you mean" suggestions in error responses: local debugging only (default false). */
  exposeStackTraces?: boolean;
  /** Answer introspection queries (default true: Sandbox and GraphiQL need them, and the schema is public anyway). */
  introspection?: boolean;
  /** Limits every operation must pass before it runs (DEFAULT_LIMITS where not given). */
  limits?: Partial<QueryLimits>;
  /** Cost-based rate limits per IP and per token (DEFAULT_RATE_LIMIT, in memory, when not given); false turns them off. */
  rateLimit?: RateLimitSettings | false;
  /** Each request's deadline (default 5 s). */
  timeoutMs?: number;
  /** The largest response body sent (default 10 MB). */
  maxResponseBytes?: number;
  /**
   * Whole responses kept in front of Apollo (response-cache.ts), `entries` at most; off when 0 or unset. A hit is
   * charged its cost like any request. With `redis`, writes invalidate every instance's cache.
   */
  responseCache?: { entries: number; redis?: { url: string; keyPrefix: string } };
  /** SQLite only: below this much free disk space /readyz answers 503 "disk full" (default 32 MB). */
  minFreeDiskBytes?: number;
  /** Fastify's trustProxy: behind a load balancer, take the client's IP from X-Forwarded-For (default false). */
  trustProxy?: FastifyServerOptions["trustProxy"];
  /** Subscriptions hear of every process's writes through this Redis (`REDIS_URL`); of this process's only when unset. */
  changes?: { redis?: { url: string; keyPrefix: string } };
  /** Serve an Apollo Federation 2 subgraph (`FEDERATION=1`): entities keyed by id, `_service` and `_entities`. */
  federation?: boolean;
  /** Which other origins' pages may read, and write (`CORS_ORIGINS`); none when not given. */
  cors?: CorsPolicy;
}

export interface ClaimlineServer {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
  health: DatabaseHealth;
  /** From now on /readyz answers 503 (a shutdown has begun). */
  startDraining: () => void;
}

/** Largest request body accepted; larger ones get 413 before any parsing. */
export const MAX_BODY_BYTES = 1_048_576;

/**
 * The whole HTTP service, not yet listening: GraphQL (with Apollo Sandbox for browsers) at /graphql,
 * /healthz and /readyz, and the dashboard at / when its build is given.
 * Example: `const { app } = await createServer({ store }); await app.listen({ port: 4000 })`.
 */
export async function createServer(deps: ServerDeps): Promise<ClaimlineServer> {
  const { store, logger = false, dashboardDir, exposeStackTraces = false, introspection = true, trustProxy = false } = deps;
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const cors = deps.cors ?? new CorsPolicy([]);
  // Requests are not logged one by one: at thousands a second that is most of the work. Errors are.
  const app = Fastify({
    logger,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy,
    genReqId: () => randomUUID(),
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  const health = watchDatabase(store, app.log);
  const rateLimiter = await createRateLimiter(deps.rateLimit, app);
  await rateLimiter?.ready();
  const changes = await createChangeBus(deps.changes?.redis, app);
  const cache = await createResponseCache(deps.responseCache);
  const schema = await buildClaimlineSchema({ federation: deps.federation ?? false });
  const formatError = createErrorFormatter({ hideSuggestions: !exposeStackTraces });
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    introspection,
    includeStacktraceInErrorResponses: exposeStackTraces,
    hideSchemaDetailsFromClientErrors: !exposeStackTraces,
    // Our own signal handling (shutdown.ts) finishes in-flight responses; Apollo's would race it.
    stopOnTerminationSignals: false,
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    validationRules: limitValidationRules(limits),
    formatError,
    plugins: [
      // Sandbox is the explorer our users expect, in production too.
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      // Cache hints are unused, and the plugin wraps every field resolver (~1.6× cost measured).
      ApolloServerPluginCacheControlDisabled(),
      nulBytesPlugin<Context>(),
      httpSubscriptionsRefused<Context>(),
      corsWritesPlugin(cors),
      admissionPlugin(limits, rateLimiter),
      errorReportingPlugin(app.log, health),
    ],
  });
  await apollo.start();
  const maxPayloadBytes = MAX_BODY_BYTES;
  const closeSockets = serveSubscriptions(app, { schema, store, changes, limits, rateLimiter, formatError, maxPayloadBytes });
  app.addHook("preClose", closeSockets);
  app.addHook("onClose", async () => {
    health.stop();
    await apollo.stop();
    await rateLimiter?.close();
    await changes.close();
    await cache?.close();
  });

  await registerSecurityHeaders(app);
  registerCors(app, cors);
  await registerGraphQLRoute(app, {
    apollo,
    store,
    health,
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxResponseBytes: deps.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    maxBodyBytes: MAX_BODY_BYTES,
    headers: fixedSecurityHeaders(GRAPHQL_ROUTE_HEADERS),
    changes,
    cache,
    rateLimiter,
    maxCost: limits.maxCost,
  });
  registerExportRoutes(app, schema, store, {
    health,
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    rateLimiter,
    maxCost: limits.maxCost,
  });
  let draining = false;
  registerHealthRoutes(app, store, {
    draining: () => draining,
    health,
    minFreeDiskBytes: deps.minFreeDiskBytes ?? DEFAULT_MIN_FREE_DISK_BYTES,
  });
  if (dashboardDir) await serveDashboard(app, dashboardDir);
  return {
    app,
    apollo,
    health,
    startDraining: () => {
      draining = true;
    },
  };
}

// The optional parts below are imported only when configured: Redis's client and the cache are a tenth of a cold start.
async function createResponseCache(settings: ServerDeps["responseCache"]): Promise<ResponseCache | undefined> {
  if (!settings || settings.entries <= 0) return undefined;
  const { responseCache } = await import("./response-cache.js");
  return responseCache({ entries: settings.entries, redisUrl: settings.redis?.url, keyPrefix: settings.redis?.keyPrefix });
}

async function createRateLimiter(settings: RateLimitSettings | false | undefined, app: FastifyInstance): Promise<RateLimiter | undefined> {
  if (settings === false) return undefined;
  const { redis, ...options }: RateLimitSettings = settings ?? DEFAULT_RATE_LIMIT;
  if (!redis) return memoryRateLimiter(options);
  const { redisRateLimiter } = await import("./rate-limit.redis.js");
  return redisRateLimiter({
    ...redis,
    ...options,
    onOutage: (error) =>
      error
        ? app.log.warn({ error: error.message }, "Redis unreachable: rate limits counted per process until it answers")
        : app.log.info("Redis answers again: rate limits shared again"),
  });
}

async function createChangeBus(redis: { url: string; keyPrefix: string } | undefined, app: FastifyInstance): Promise<ChangeBus> {
  if (!redis) return localChangeBus();
  const { redisChangeBus } = await import("./live/changes.redis.js");
  return redisChangeBus({
    ...redis,
    onOutage: (error) =>
      error
        ? app.log.warn({ error: error.message }, "Redis unreachable: subscribers hear of this process's writes only until it answers")
        : app.log.info("Redis answers again: subscribers hear of every process's writes"),
  });
}
