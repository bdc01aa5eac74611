// kill -9 while the first start seeds the article, then start again: the database holds the whole article, once.
// (Writes acknowledged to clients before a kill -9 are tests/durability's concern.)
import { spawn } from "node:child_process";
import { readArticleDocument } from "@claimline/store";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { stopWithin } from "../support/processes.js";
import { MAIN, startServer, type RunningServer } from "../support/start-server.js";

/** After migrations, how long to let the seeding run before the kill: early in it, and (likely) after it. */
const DELAYS_MS = [10, 60];

for (const dialect of DIALECTS) {
  describe(`${dialect}: kill -9 during first-start seeding`, () => {
    const databases: TestDatabase[] = [];
    let server: RunningServer | undefined;
    afterAll(async () => {
      await stopWithin(server);
      for (const database of databases) await database.drop();
    });

    it.each(DELAYS_MS)("killed %i ms after the migrations, a restart leaves the complete article", async (delay) => {
      const database = await createTestDatabase(dialect, { migrate: false });
      databases.push(database);
      const { db } = database.store;
      const child = spawn(process.execPath, [MAIN], {
        env: { ...process.env, DATABASE_URL: database.url, PORT: "0", HOST: "127.0.0.1" },
        stdio: "ignore",
      });
      const gone = new Promise((resolve) => child.once("exit", resolve));
      const migrated = async () => {
        const { rows } = await sql<{ n: number | string }>`select count(*) as n from kysely_migration`
          .execute(db)
          .catch(() => ({ rows: [{ n: 0 }] }));
        return Number(rows[0]!.n) >= 2;
      };
      for (const deadline = Date.now() + 20_000; !(await migrated()) && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await gone;

      server = await startServer({ DATABASE_URL: database.url });
      const article = await readArticleDocument();
      const count = async (table: "sources" | "statements" | "denials" | "actors" | "events") =>
        Number((await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);
      expect(await count("sources")).toBe(1);
      expect(await count("statements")).toBe(article.statements.length);
      expect(await count("denials")).toBe(article.denials.length);
      expect(await count("actors")).toBe(article.actors.length);
      expect(await count("events")).toBe(article.events.length);
      await stopWithin(server);
      server = undefined;
    });
  });
}
