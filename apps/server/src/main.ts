// The only file with side effects: reads the environment, opens and seeds the database, listens, handles signals.
import "reflect-metadata";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrateToLatest, openDatabase, seedArticle } from "@claimline/store";
import { createServer } from "./server.js";

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? "0.0.0.0";
const poolSize = process.env.DATABASE_POOL_SIZE ? Number(process.env.DATABASE_POOL_SIZE) : undefined;

const store = openDatabase(process.env.DATABASE_URL, { poolSize });
// The built dashboard, when there is one, is served at / (npm start builds it).
const dashboard = fileURLToPath(new URL("../../dashboard/dist/", import.meta.url));
const dashboardDir = existsSync(join(dashboard, "index.html")) ? dashboard : undefined;
const exposeStackTraces = process.env.NODE_ENV === "development";
const { app } = await createServer({ store, logger: { level: process.env.LOG_LEVEL ?? "info" }, dashboardDir, exposeStackTraces });

await migrateToLatest(store.db);
const seeded = await seedArticle(store.db);
app.log.info(
  { database: store.location, dialect: store.dialect },
  seeded ? `seeded the article: ${JSON.stringify(seeded)}` : "database ready",
);

await app.listen({ port, host });
const { port: listening } = app.server.address() as { port: number };
app.log.info(`Claimline is ready: GraphQL and Apollo Sandbox at http://localhost:${listening}/graphql`);
if (dashboardDir)
  app.log.info(`dashboard at http://localhost:${listening}/ and the offline GraphiQL explorer at http://localhost:${listening}/explorer`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    app.log.info(`${signal}: finishing in-flight requests, then exiting`);
    void app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}
