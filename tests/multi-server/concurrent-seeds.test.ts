import { readArticleDocument } from "@claimline/store";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import { afterEach, describe, expect, it } from "vitest";
import { cli, runScript } from "../support/processes.js";

const PROCESSES = 4;
const ROUNDS = 3;

// Servers starting together each seed the article; the seeding window is short, so hit it with bare db:seed processes.
for (const dialect of DIALECTS) {
  describe(`${dialect}: ${PROCESSES} db:seed processes at once on one migrated, empty database`, () => {
    let database: TestDatabase | undefined;
    afterEach(async () => {
      await database?.drop();
      database = undefined;
    });

    it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))(
      "round %i: all exit 0, one seeds the article and the rest find it seeded",
      async () => {
        database = await createTestDatabase(dialect);
        const runs = await Promise.all(Array.from({ length: PROCESSES }, () => runScript(cli("db-seed"), { DATABASE_URL: database!.url })));

        for (const run of runs) expect(run.code, run.output).toBe(0);
        expect(runs.filter((run) => /seeded the article/.test(run.output))).toHaveLength(1);
        expect(runs.filter((run) => /already seeded/.test(run.output))).toHaveLength(PROCESSES - 1);
        const article = await readArticleDocument();
        const statements = await database.store.db.selectFrom("statements").select("id").execute();
        expect(statements).toHaveLength(article.statements.length);
      },
    );
  });
}
