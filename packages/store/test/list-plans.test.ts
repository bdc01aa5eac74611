import { CompiledQuery, sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countPages,
  denialList,
  eventList,
  findPages,
  openDatabase,
  searchAll,
  seedArticle,
  statementList,
  type Store,
} from "../src/index.js";
import type { Database } from "../src/tables/database.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";

const PAGE = { limit: 20, order: "desc" } as const;
const RANGE = { from: "2022-01-01", to: "2025-12-31" };
/** Tables whose full scan grows with the corpus: a list or filter must seek them through an index. */
const BIG_TABLES = /\b(statements|statement_about|denials|search_terms|list_counts)\b/;

/** Each list and filter of the latency table, run once: the SQL it sends is what gets explained. */
const CASES: Record<string, (db: Kysely<Database>) => Promise<unknown>> = {
  "a speaker's page": (db) => findPages(db, statementList, {}, false, [{ parent: { kind: "speaker", id: "donald-trump" }, page: PAGE }]),
  "a speaker's count (its counter)": (db) => countPages(db, statementList, {}, "speaker", ["donald-trump"]),
  "the statements' count (their counter)": (db) => countPages(db, statementList, {}, null, []),
  "a speakers filter's count (their counters)": (db) =>
    countPages(db, statementList, { speakerIds: ["donald-trump", "vladimir-putin"] }, null, []),
  "a speaker's filtered count (bounded)": (db) =>
    countPages(db, statementList, { speechActs: ["CLAIM"] }, "speaker", ["donald-trump", "vladimir-putin"]),
  "speech act + date": (db) =>
    findPages(db, statementList, { speechActs: ["CLAIM"], statedIn: RANGE }, false, [{ parent: null, page: PAGE }]),
  "speech act + date, count": (db) => countPages(db, statementList, { speechActs: ["CLAIM"], statedIn: RANGE }, null, []),
  "about + date": (db) =>
    findPages(db, statementList, { statedIn: RANGE }, false, [{ parent: { kind: "about", id: "vladimir-putin" }, page: PAGE }]),
  "an occasion's statements": (db) =>
    findPages(db, statementList, {}, false, [{ parent: { kind: "occasion", id: "trump-post-interview" }, page: PAGE }]),
  "a denier's denials": (db) => findPages(db, denialList, {}, false, [{ parent: { kind: "denier", id: "kremlin" }, page: PAGE }]),
  "text filter": (db) => findPages(db, statementList, { text: "conversations" }, false, [{ parent: null, page: PAGE }]),
  // A page of one wants too few rows to read a word in many statements first: it walks the list and checks each.
  "text filter, common words": (db) =>
    findPages(db, statementList, { text: "Trump Putin" }, false, [{ parent: null, page: { limit: 1, order: "desc" } }]),
  "text filter, count": (db) => countPages(db, statementList, { text: "Trump conversations" }, null, []),
  "denials by text": (db) => findPages(db, denialList, { text: "Kremlin" }, false, [{ parent: null, page: PAGE }]),
  "events by text": (db) => findPages(db, eventList, { text: "invasion" }, false, [{ parent: null, page: PAGE }]),
  "statements by relevance to a word": (db) => findPages(db, statementList, { text: "Putin" }, true, [{ parent: null, page: PAGE }]),
  "statements by relevance to two words": (db) =>
    findPages(db, statementList, { text: "Trump Putin" }, true, [{ parent: null, page: PAGE }]),
  "search, one word": (db) => searchAll(db, "Putin", 10),
  "search, two words": (db) => searchAll(db, "Trump Putin", 3),
};

/** The plan's lines that read a big table from end to end. */
async function fullScans(store: Store, db: Kysely<Database>, text: string, parameters: readonly unknown[]): Promise<string[]> {
  if (store.dialect === "sqlite") {
    const { rows } = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${text}`, [...parameters]));
    return rows.map((r) => r.detail).filter((line) => /^SCAN /.test(line) && BIG_TABLES.test(line));
  }
  return db.connection().execute(async (conn) => {
    // On a tiny table PostgreSQL rightly prefers reading it all; forbidding that shows whether an index could serve.
    await sql`set enable_seqscan = off`.execute(conn);
    const { rows } = await conn.executeQuery<{ "QUERY PLAN": string }>(CompiledQuery.raw(`explain ${text}`, [...parameters]));
    await sql`reset enable_seqscan`.execute(conn);
    return rows.map((r) => Object.values(r)[0] as string).filter((line) => /Seq Scan on/.test(line) && BIG_TABLES.test(line));
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: every list and filter seeks an index`, () => {
    let database: TestDatabase;
    let traced: Store;
    let sent: { text: string; parameters: readonly unknown[] }[] = [];
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await seedArticle(database.store.db);
      traced = openDatabase(database.url, { onQuery: (text, parameters) => sent.push({ text, parameters }) });
    });
    afterAll(async () => {
      await traced.close();
      await database.drop();
    });

    for (const [name, run] of Object.entries(CASES)) {
      it(`${name}: no full scan of a big table in its plan`, async () => {
        sent = [];
        await run(traced.db);
        expect(sent.length).toBeGreaterThan(0);
        for (const { text, parameters } of sent) {
          expect(await fullScans(database.store, database.store.db, text, parameters), text).toEqual([]);
        }
      });
    }
  });
}
