import { Migrator, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countPages, denialList, migrateToLatest, searchAll, statementList } from "../src/index.js";
import { migrationProvider } from "../src/migrations/index.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";

/** A database as the first release left it (migrations 0001–0002), holding a record of each kind. */
async function releasedDatabase(test: TestDatabase): Promise<void> {
  const { db } = test.store;
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo("0002-full-text-search");
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  const now = "2025-01-01T00:00:00.000Z";
  const text = "Alpha said the summit happened. Bravo denied it.";
  await sql`insert into sources (id, title, text, content_hash, created_at) values ('old-source', 'Old', ${text}, 'hash', ${now})`.execute(
    db,
  );
  for (const [id, name] of [
    ["alpha", "Alpha"],
    ["bravo", "Bravo"],
  ] as const) {
    await sql`insert into actors (id, type, kind, name, aliases, search_name, roles, created_at)
      values (${id}, 'Person', 'PERSON', ${name}, '["A"]', ${name.toLowerCase()}, '[]', ${now})`.execute(db);
  }
  await sql`insert into events (id, title, type, status, sort_date, created_at) values ('old-summit', 'The old summit', 'SUMMIT', 'CLAIMED', '', ${now})`.execute(
    db,
  );
  await sql`insert into statements (id, speaker_id, content, quote_type, speech_act, sort_date, topics, rank, created_at, updated_at)
    values ('alpha-summit', 'alpha', 'Alpha said the summit happened.', 'INDIRECT', 'CLAIM', '', '[]', 'NORMAL', ${now}, ${now})`.execute(
    db,
  );
  await sql`insert into statement_about (statement_id, actor_id, position) values ('alpha-summit', 'bravo', 0)`.execute(db);
  await sql`insert into denials (id, denier_id, target_statement_id, content, sort_date, created_at)
    values ('bravo-denies', 'bravo', 'alpha-summit', 'Bravo denied it.', '', ${now})`.execute(db);
  await sql`insert into evidence (record_type, record_id, position, source_id, span_start, span_end, exact, prefix, suffix)
    values ('Statement', 'alpha-summit', 0, 'old-source', 0, 31, 'Alpha said the summit happened.', '', ' Bravo denied it.')`.execute(db);
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: migrating a database the first release made`, () => {
    let test: TestDatabase;
    beforeEach(async () => {
      test = await createTestDatabase(dialect, { migrate: false });
      await releasedDatabase(test);
    });
    afterEach(() => test.drop());

    it("keeps every record, adds the constraints and indexes them for search", async () => {
      expect(await migrateToLatest(test.store.db)).toEqual([
        "0003-checked-columns",
        "0004-portable-search",
        "0005-editors",
        "0006-speech-act-index",
        "0007-list-counters",
        "0008-search-postings-by-weight",
        "0009-occasion-rank-index",
        "0010-subject-dates",
      ]);
      const { db } = test.store;
      expect(await db.selectFrom("statements").select("id").execute()).toEqual([{ id: "alpha-summit" }]);
      expect((await db.selectFrom("denials").select("targetStatementId").executeTakeFirstOrThrow()).targetStatementId).toBe("alpha-summit");
      expect((await db.selectFrom("sources").select("textLength").executeTakeFirstOrThrow()).textLength).toBe(48);
      if (dialect === "sqlite") expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
      await expect(
        db
          .updateTable("statements")
          .set({ speechAct: "CLAM" as never })
          .execute(),
      ).rejects.toThrow(/check/i);
      expect((await searchAll(db, "summit", 10)).map((h) => `${h.recordType}:${h.recordId}`)).toEqual([
        "Event:old-summit",
        "Statement:alpha-summit",
      ]);
      expect((await countPages(db, statementList, { text: "Bravo" }, null, [])).get("")?.count).toBe(1);
      // The counters start from the rows already stored.
      const about = await countPages(db, statementList, {}, "about", ["bravo", "alpha"]);
      expect(Object.fromEntries(about)).toEqual({ bravo: { count: 1, isLowerBound: false }, alpha: { count: 0, isLowerBound: false } });
      expect((await countPages(db, denialList, {}, "targetStatement", ["alpha-summit"])).get("alpha-summit")?.count).toBe(1);
      const statement = await db.selectFrom("statements").select(["createdBy", "updatedAt"]).executeTakeFirstOrThrow();
      expect(statement).toEqual({ createdBy: "import", updatedAt: "2025-01-01T00:00:00.000Z" });
    });
  });
}
