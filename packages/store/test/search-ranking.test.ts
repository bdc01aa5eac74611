import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countPages,
  findPages,
  searchAll,
  searchTerms,
  seedArticle,
  statementList,
  type Page,
  type SortKey,
  type StatementRecord,
} from "../src/index.js";
import { indexRecords } from "../src/search/index-records.js";
import { idfOf } from "../src/search/text-match.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";

/** Enough statements that a common word has several hundred postings: the bounded ranking reads them in rounds. */
const STATEMENTS = 600;
const WORDS = ["harbour", "tariff", "ferry", "quota", "dock", "levy"];
const QUERIES = [
  "anchor buoy",
  "harbour",
  "tariff ferry",
  "harbour quota dock",
  "levy",
  "dock levy ferry tariff",
  "Putin harbour",
  "Trump ferry levy",
];
const NOW = "2025-01-01T00:00:00.000Z";

/** A deterministic text of `n` words: common words repeated unevenly, so weights differ and tie. */
function text(i: number, n: number): string {
  return Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * k * 3 + (i % (k + 2))) % WORDS.length]).join(" ");
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: search ranks without reading every posting`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      const { db } = test.store;
      await seedArticle(db);
      const rows = Array.from({ length: STATEMENTS }, (_, i) => ({
        id: `bulk-${String(i).padStart(4, "0")}`,
        speakerId: i % 3 === 0 ? "vladimir-putin" : "donald-trump",
        content: text(i, 3 + (i % 9)),
        quoteType: "INDIRECT" as const,
        speechAct: "CLAIM" as const,
        sortDate: `2024-01-${String(1 + (i % 28)).padStart(2, "0")}`,
        topics: "[]",
        // Every seventh is deprecated: search and the text filter must skip them wherever they fall in the postings.
        rank: i % 7 === 3 ? ("DEPRECATED" as const) : ("NORMAL" as const),
        createdAt: NOW,
        createdBy: "test",
        updatedAt: NOW,
      }));
      // The best record for "anchor buoy" is balanced and sits behind 100 records in each term's postings that weigh
      // more for one term only: found only by reading past them (and the deprecated one, better still, is skipped).
      const lopsided = (i: number, content: string, rank: "NORMAL" | "DEPRECATED" = "NORMAL") => ({
        ...rows[0]!,
        id: `anchor-${i}`,
        content,
        rank,
      });
      rows.push(
        ...Array.from({ length: 100 }, (_, i) => lopsided(i, "anchor anchor anchor anchor buoy")),
        ...Array.from({ length: 100 }, (_, i) => lopsided(100 + i, "buoy buoy buoy buoy anchor")),
        lopsided(200, "anchor anchor buoy buoy"),
        lopsided(201, "anchor buoy", "DEPRECATED"),
      );
      await db.insertInto("statements").values(rows).execute();
      await indexRecords(
        db,
        "Statement",
        rows.map((r) => r.id),
      );
    });
    afterAll(() => test.drop());

    /** Every record holding all the terms, scored from all its postings: what the ranking must equal. */
    async function scoredEverything(query: string): Promise<string[]> {
      const { db } = test.store;
      const terms = searchTerms(query);
      const stats = await db.selectFrom("searchStats").selectAll().execute();
      const documents = new Map(stats.map((s) => [s.term, s.documents]));
      const idf = new Map(terms.map((t) => [t, idfOf(documents.get(t) ?? 0, documents.get("") ?? 0)]));
      const postings = await db.selectFrom("searchTerms").selectAll().where("term", "in", terms).execute();
      const deprecated = new Set(
        (await db.selectFrom("statements").select("id").where("rank", "=", "DEPRECATED").execute()).map((r) => r.id),
      );
      const records = new Map<string, { held: number; score: number }>();
      for (const p of postings) {
        if (p.recordType === "Statement" && deprecated.has(p.recordId)) continue;
        const key = `${p.recordType}:${p.recordId}`;
        const record = records.get(key) ?? { held: 0, score: 0 };
        records.set(key, { held: record.held + 1, score: record.score + p.weight * (idf.get(p.term) ?? 0) });
      }
      return [...records]
        .filter(([, r]) => r.held === terms.length)
        .sort(([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : 1))
        .map(([key, r]) => `${key}:${r.score}`);
    }

    it("returns exactly the best records of a full scoring, in order, for one word and several", async () => {
      for (const query of QUERIES) {
        const everything = await scoredEverything(query);
        expect(everything.length, query).toBeGreaterThan(0);
        for (const limit of [1, 7, 20, 200]) {
          const hits = await searchAll(test.store.db, query, limit);
          expect(
            hits.map((h) => `${h.recordType}:${h.recordId}:${h.score}`),
            `${query}, first ${limit}`,
          ).toEqual(everything.slice(0, limit));
        }
      }
    });

    it("lists statements by relevance page after page, as the full scoring orders them", async () => {
      const { db } = test.store;
      for (const query of ["harbour", "anchor", "tariff ferry"]) {
        const expected = (await scoredEverything(query))
          .filter((key) => key.startsWith("Statement:"))
          .map((key) => key.split(":"))
          .sort(([, a = "", x], [, b = "", y]) => Number(y) - Number(x) || (a < b ? 1 : -1))
          .map(([, id]) => id);
        const read: string[] = [];
        let after: SortKey | null = null;
        for (let more = true; more;) {
          const pages: Page<StatementRecord>[] = await findPages(db, statementList, { text: query }, true, [
            { parent: null, page: { limit: 40, order: "desc", after } },
          ]);
          const page = pages[0];
          read.push(...(page?.items.map((item) => item.record.id) ?? []));
          after = page?.items.at(-1)?.key ?? null;
          more = page?.hasMore ?? false;
        }
        expect(read, query).toEqual(expected);
      }
    });

    it("filters by every word from the rarest, newest first, and counts the same records", async () => {
      const { db } = test.store;
      for (const query of QUERIES) {
        const expected = (await scoredEverything(query))
          .filter((key) => key.startsWith("Statement:"))
          .map((key) => key.split(":")[1] ?? "");
        const page = await findPages(db, statementList, { text: query }, false, [{ parent: null, page: { limit: 1000, order: "desc" } }]);
        const ids = page[0]?.items.map((item) => item.record.id) ?? [];
        expect([...ids].sort(), query).toEqual([...expected].sort());
        expect((await countPages(db, statementList, { text: query }, null, [])).get(""), query).toEqual({
          count: expected.length,
          isLowerBound: false,
        });
        // A small page walks the list newest first and checks each statement's terms (common words) instead.
        const dated = await db.selectFrom("statements").select(["id", "sortDate"]).where("id", "in", expected).execute();
        const newest = dated
          .sort((a, b) => (a.sortDate !== b.sortDate ? (a.sortDate < b.sortDate ? 1 : -1) : a.id < b.id ? 1 : -1))
          .slice(0, 3)
          .map((r) => r.id);
        const small = await findPages(db, statementList, { text: query }, false, [{ parent: null, page: { limit: 3, order: "desc" } }]);
        expect(
          small[0]?.items.map((item) => item.record.id),
          query,
        ).toEqual(newest);
      }
    });
  });
}
