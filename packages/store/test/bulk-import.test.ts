import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  importDocument,
  importDocuments,
  readArticleDocument,
  SEARCHABLE_TYPES,
  WriteError,
  type SourceDocumentInput,
} from "../src/index.js";
import { indexRecords } from "../src/search/index-records.js";
import type { Database } from "../src/tables/database.js";
import { createTestDatabase, DIALECTS, rowCounts, totalRows, type TestDatabase } from "../src/testing/index.js";

/** A small report by `speaker` (new here, or stored earlier) about `about`, with a denial of its first statement. */
function report(n: number, about: string): SourceDocumentInput {
  const speaker = `reporter-${n}`;
  const name = `Reporter Number${n}`;
  const lines = [`${name} said the ceasefire talks number ${n} had stalled.`, `${name} warned that sanctions would follow.`];
  const denial = `Officials denied the talks number ${n} had stalled.`;
  const text = [...lines, denial].join("\n");
  const span = (exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact });
  return {
    source: { id: `report-${n}`, title: `Report ${n}` },
    text,
    actors: [{ id: speaker, type: "Person", kind: "PERSON", name, evidence: [span(name)] }],
    statements: lines.map((line, i) => ({
      id: `report-${n}-statement-${i}`,
      speakerId: speaker,
      content: line.slice(name.length + 1),
      quoteType: "INDIRECT",
      speechAct: "CLAIM",
      cue: i === 0 ? "said" : "warned",
      aboutIds: [about],
      statedAt: { value: "2025-03", precision: "MONTH", earliest: "2025-03-01", latest: "2025-03-31" },
      evidence: [span(line)],
    })),
    denials: [
      {
        id: `report-${n}-denial`,
        denierId: about,
        targetType: "Statement",
        targetId: `report-${n}-statement-0`,
        content: denial,
        evidence: [span(denial)],
      },
    ],
  };
}

/** The article, then reports about one of its actors: later documents refer to what earlier ones add. */
async function documents(): Promise<SourceDocumentInput[]> {
  return [structuredClone(await readArticleDocument()), report(1, "vladimir-putin"), report(2, "vladimir-putin"), report(3, "reporter-1")];
}

/** Every row of the tables an import writes, timestamps left out, in a fixed order. */
async function contents(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const tables = ["sources", "actors", "events", "eventParticipants", "statements", "statementAbout", "denials", "evidence"] as const;
  const out: Record<string, unknown[]> = {};
  for (const table of [...tables, "searchTerms", "searchStats"] as const) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    out[table] = rows
      .map(({ createdAt: _c, updatedAt: _u, ...rest }) => JSON.stringify(rest, Object.keys(rest).sort()))
      .sort()
      .map((row) => JSON.parse(row) as unknown);
  }
  return out;
}

async function indexNames(test: TestDatabase): Promise<string[]> {
  const { db } = test.store;
  const rows =
    test.store.dialect === "postgres"
      ? await db
          .selectFrom("pg_indexes" as never)
          .select("indexname as name" as never)
          .where("schemaname" as never, "=", "public" as never)
          .execute()
      : await db
          .selectFrom("sqlite_master" as never)
          .select("name" as never)
          .where("type" as never, "=", "index" as never)
          .execute();
  return (rows as { name: string }[]).map((r) => r.name).sort();
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: a bulk import stores many documents as one`, () => {
    let test: TestDatabase;
    beforeEach(async () => {
      test = await createTestDatabase(dialect);
    });
    afterEach(() => test.drop());

    it("stores nothing at all when the third document has a span that is not in its text", async () => {
      const docs = await documents();
      const third = docs[2] as { denials: { evidence: { exact: string }[] }[] };
      third.denials[0]!.evidence[0]!.exact = "Officials confirmed the talks had stalled.";
      const error = await importDocuments(test.store.db, docs).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteError);
      expect(error).toMatchObject({ code: "SPAN_MISMATCH", path: "documents[2].denials[0].evidence[0]" });
      expect(await totalRows(test.store)).toBe(0);
    });

    it("changes nothing when the same documents are imported again, and keeps a changed one a CONFLICT", async () => {
      const first = await importDocuments(test.store.db, await documents(), { author: "newsdesk" });
      expect(first.map((s) => s.stored)).toEqual([true, true, true, true]);
      const before = await rowCounts(test.store);
      expect(before.statements).toBeGreaterThan(12);
      const again = await importDocuments(test.store.db, await documents());
      expect(again.map((s) => s.stored)).toEqual([false, false, false, false]);
      expect(again.map((s) => s.statements)).toEqual(first.map((s) => s.statements));
      expect(await rowCounts(test.store)).toEqual(before);

      const changed = await documents();
      (changed[3] as { statements: { content: string }[] }).statements[1]!.content = "sanctions would not follow.";
      const fifth = report(5, "vladimir-putin");
      await expect(importDocuments(test.store.db, [fifth, ...changed])).rejects.toMatchObject({
        code: "CONFLICT",
        path: "documents[4].source.id",
      });
      expect(await rowCounts(test.store)).toEqual(before);
    });

    it("builds the same search index as reindexing every record, and leaves the same indexes", async () => {
      const indexes = await indexNames(test);
      await importDocuments(test.store.db, await documents());
      expect(await indexNames(test)).toEqual(indexes);
      const { db } = test.store;
      const built = await contents(db);
      expect(built.searchTerms!.length).toBeGreaterThan(100);
      // Rebuilt record by record through the editors' reindexing, a separate path from the bulk build.
      await db.deleteFrom("searchTerms").execute();
      await db.deleteFrom("searchStats").execute();
      const tables = { Actor: "actors", Event: "events", Statement: "statements", Denial: "denials" } as const;
      for (const type of SEARCHABLE_TYPES) {
        await indexRecords(
          db,
          type,
          (await db.selectFrom(tables[type]).select("id").execute()).map((r) => r.id),
        );
      }
      const rebuilt = await contents(db);
      expect(built.searchTerms).toEqual(rebuilt.searchTerms);
      expect(built.searchStats).toEqual(rebuilt.searchStats);
    });

    it("stores the same rows as importing the documents one by one", async () => {
      const one = await createTestDatabase(dialect);
      try {
        for (const doc of await documents()) await importDocument(one.store.db, doc, { author: "newsdesk" });
        await importDocuments(test.store.db, await documents(), { author: "newsdesk" });
        expect(await contents(test.store.db)).toEqual(await contents(one.store.db));
      } finally {
        await one.drop();
      }
    });

    it("adds to a database that already holds data, referring to what is stored", async () => {
      const docs = await documents();
      await importDocument(test.store.db, docs[0]);
      const result = await importDocuments(test.store.db, docs.slice(1));
      expect(result.map((s) => s.stored)).toEqual([true, true, true]);
      const speakers = await test.store.db.selectFrom("statements").select("speakerId").where("speakerId", "=", "reporter-3").execute();
      expect(speakers).toHaveLength(2);
    });
  });
}
