// The only file with side effects: reads the environment, opens and seeds the database, listens, handles signals.
import "reflect-metadata";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@claimline/store";
import { ConfigError, readConfig, type Config } from "./config.js";
import { prepareDatabase } from "./prepare-database.js";
import { createServer } from "./server.js";
import { exitGracefullyOnSignals } from "./shutdown.js";

// Checked before anything else happens: a bad variable is one line on stderr and exit code 2, no database touched.
let config: Config;
try {
  config = readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`claimline: cannot start: ${error.message}\n`);
  process.exit(2);
}
const { port, host } = config;

// A broken idle PostgreSQL connection is the first sign of an outage; the server's health hears of it once it exists.
let reportOutage: (error: Error) => void = () => undefined;
const store = openDatabase(config.databaseUrl, { poolSize: config.poolSize, onIdleConnectionError: (error) => reportOutage(error) });
// The built dashboard, when there is one, is served at / (npm start builds it).
const dashboard = fileURLToPath(new URL("../../dashboard/dist/", import.meta.url));
const dashboardDir = existsSync(join(dashboard, "index.html")) ? dashboard : undefined;
const server = await createServer({
  store,
  logger: { level: config.logLevel },
  dashboardDir,
  exposeStackTraces: config.development,
  introspection: config.introspection,
  timeoutMs: config.timeoutMs,
  maxResponseBytes: config.maxResponseBytes,
  trustProxy: config.trustProxy,
  cors: config.cors,
  minFreeDiskBytes: config.minFreeDiskBytes,
  federation: config.federation,
  ...(config.redisUrl && { changes: { redis: { url: config.redisUrl, keyPrefix: config.redisKeyPrefix } } }),
  rateLimit: config.rateLimitCapacity > 0 && {
    capacity: config.rateLimitCapacity,
    refillPerSecond: config.rateLimitRefillPerSecond,
    ...(config.redisUrl && { redis: { url: config.redisUrl, keyPrefix: config.redisKeyPrefix } }),
  },
  responseCache: {
    entries: config.responseCacheEntries,
    ...(config.redisUrl && { redis: { url: config.redisUrl, keyPrefix: config.redisKeyPrefix } }),
  },
});
const { app } = server;
reportOutage = (error) => server.health.report(error);
exitGracefullyOnSignals({
  app,
  closers: [() => store.close()],
  timeoutMs: config.shutdownTimeoutMs,
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
