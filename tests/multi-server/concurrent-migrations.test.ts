import { migrateToLatest } from "@claimline/store";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { cli, runScript } from "../support/processes.js";

const PROCESSES = 4;
/** Rounds on fresh databases: one round without a lock still passes now and then, several rarely do. */
const ROUNDS = 3;

for (const dialect of DIALECTS) {
  describe(`${dialect}: ${PROCESSES} db:migrate processes at once on one fresh database`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.drop();
      database = undefined;
    });

    it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))(
      "round %i: all exit 0 and each migration is applied exactly once",
      async () => {
        database = await createTestDatabase(dialect, { migrate: false });
        const started = performance.now();
        const runs = await Promise.all(
          Array.from({ length: PROCESSES }, () => runScript(cli("db-migrate"), { DATABASE_URL: database!.url })),
        );
        const ms = Math.round(performance.now() - started);
        console.log(`${dialect}: ${PROCESSES} concurrent db:migrate processes took ${ms} ms`);

        for (const run of runs) expect(run.code, run.output).toBe(0);
        // Each process prints `applied <name>` for every migration it ran: together, each name once.
        const applied = runs.flatMap((run) => [...run.output.matchAll(/^applied (\S+)$/gm)].map((m) => m[1]!));
        const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.store.db);
        expect(rows.length).toBeGreaterThan(0);
        expect([...applied].sort()).toEqual(rows.map((r) => r.name));
        expect(runs.filter((run) => /already up to date/.test(run.output))).toHaveLength(PROCESSES - 1);

        // Nothing is left to apply, and the schema is there and usable.
        expect(await migrateToLatest(database.store.db)).toEqual([]);
        expect(await database.store.db.selectFrom("statements").select("id").execute()).toEqual([]);
      },
    );
  });
}
