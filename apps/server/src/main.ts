// The only file with side effects: reads the environment, opens and seeds the database, listens, handles signals.
import "reflect-metadata";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@claimline/store";
import { CorsPolicy } from "./cors.js";
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS } from "./graphql-route.js";
import { prepareDatabase } from "./prepare-database.js";
import { DEFAULT_RATE_LIMIT } from "./rate-limit.js";
import { createServer } from "./server.js";
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, exitGracefullyOnSignals } from "./shutdown.js";

const env = process.env;
const numberFrom = (name: string, fallback: number) => (env[name] ? Number(env[name]) : fallback);
const port = numberFrom("PORT", 4000);
const host = env.HOST ?? "0.0.0.0";
const poolSize = env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : undefined;
const rateLimitCapacity = numberFrom("RATE_LIMIT_CAPACITY", DEFAULT_RATE_LIMIT.capacity);

// A broken idle PostgreSQL connection is the first sign of an outage; the server's health hears of it once it exists.
let reportOutage: (error: Error) => void = () => undefined;
const store = openDatabase(env.DATABASE_URL, { poolSize, onIdleConnectionError: (error) => reportOutage(error) });
// The built dashboard, when there is one, is served at / (npm start builds it).
const dashboard = fileURLToPath(new URL("../../dashboard/dist/", import.meta.url));
const dashboardDir = existsSync(join(dashboard, "index.html")) ? dashboard : undefined;
const server = await createServer({
  store,
  logger: { level: env.LOG_LEVEL ?? "info" },
  dashboardDir,
  exposeStackTraces: env.NODE_ENV === "development",
  introspection: env.INTROSPECTION !== "off",
  timeoutMs: numberFrom("GRAPHQL_TIMEOUT_MS", DEFAULT_TIMEOUT_MS),
  maxResponseBytes: numberFrom("GRAPHQL_MAX_RESPONSE_BYTES", DEFAULT_MAX_RESPONSE_BYTES),
  trustProxy: env.TRUST_PROXY === "true",
  cors: CorsPolicy.fromEnv(env.CORS_ORIGINS),
  minFreeDiskBytes: env.MIN_FREE_DISK_MB ? Number(env.MIN_FREE_DISK_MB) * 1024 * 1024 : undefined,
  rateLimit: rateLimitCapacity > 0 && {
    capacity: rateLimitCapacity,
    refillPerSecond: numberFrom("RATE_LIMIT_REFILL_PER_SECOND", DEFAULT_RATE_LIMIT.refillPerSecond),
    ...(env.REDIS_URL && { redis: { url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX ?? "claimline:" } }),
  },
  responseCache: {
    entries: numberFrom("RESPONSE_CACHE_ENTRIES", 0),
    ...(env.REDIS_URL && { redis: { url: env.REDIS_URL, keyPrefix: env.REDIS_KEY_PREFIX ?? "claimline:" } }),
  },
});
const { app } = server;
reportOutage = (error) => server.health.report(error);
exitGracefullyOnSignals({
  app,
  closers: [() => store.close()],
  timeoutMs: numberFrom("SHUTDOWN_TIMEOUT_MS", DEFAULT_SHUTDOWN_TIMEOUT_MS),
  onDraining: server.startDraining,
});

try {
  const seeded = await prepareDatabase(store, app.log);
  app.log.info(
    { database: store.location, dialect: store.dialect },
    seeded ? `seeded the article: ${JSON.stringify(seeded)}` : "database ready",
  );
  await app.listen({ port, host });
} catch (error) {
  app.log.fatal({ error: error instanceof Error ? error.message : String(error) }, "cannot start");
  process.exit(1);
}
const { port: listening } = app.server.address() as { port: number };
app.log.info(`Claimline is ready: GraphQL and Apollo Sandbox at http://localhost:${listening}/graphql`);
if (dashboardDir)
  app.log.info(`dashboard at http://localhost:${listening}/ and the offline GraphiQL explorer at http://localhost:${listening}/explorer`);
