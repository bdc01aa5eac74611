import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countPages, searchAll, seedArticle, statementList } from "../src/index.js";
import { indexRecords } from "../src/search/index-records.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";

for (const dialect of DIALECTS) {
  describe(`${dialect}: the full-text index follows the records`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      await seedArticle(test.store.db);
    });
    afterAll(() => test.drop());

    const matching = async (text: string) => (await countPages(test.store.db, statementList, { text }, null, [])).get("")?.count ?? 0;
    const hits = async (text: string) => (await searchAll(test.store.db, text, 10)).map((h) => h.recordId);

    it("finds a statement by its new words once it is reindexed, and no longer by the old ones", async () => {
      const { db } = test.store;
      expect(await matching("bloodbath")).toBe(1);
      await db
        .updateTable("statements")
        .set({ content: "Trump spoke of the carnage in Ukraine." })
        .where("id", "=", "trump-concern-bloodbath")
        .execute();
      await indexRecords(db, "Statement", ["trump-concern-bloodbath"]);
      expect(await matching("bloodbath")).toBe(0);
      expect(await matching("carnage")).toBe(1);
    });

    it("keeps each term's record count exact through reindexing", async () => {
      const { db } = test.store;
      const stats = async () => new Map((await db.selectFrom("searchStats").selectAll().execute()).map((r) => [r.term, r.documents]));
      const before = await stats();
      const ids = (await db.selectFrom("statements").select("id").execute()).map((r) => r.id);
      expect(ids.length).toBeGreaterThan(10);
      await indexRecords(db, "Statement", ids);
      const after = await stats();
      expect([...after].filter(([, n]) => n > 0)).toEqual([...before].filter(([, n]) => n > 0));
      const counted = await db
        .selectFrom("searchTerms")
        .select(["term", (eb) => eb.fn.countAll<string | number>().as("n")])
        .groupBy("term")
        .execute();
      expect(counted.length).toBeGreaterThan(50);
      for (const { term, n } of counted) expect(after.get(term), term).toBe(Number(n));
    });

    it("leaves a deprecated statement out of search", async () => {
      const { db } = test.store;
      expect(await hits("alluding better")).toContain("trump-better-not-say-how-many-times");
      await db
        .updateTable("statements")
        .set({ rank: "DEPRECATED", rankReason: "test" })
        .where("id", "=", "trump-better-not-say-how-many-times")
        .execute();
      expect(await hits("alluding better")).not.toContain("trump-better-not-say-how-many-times");
    });
  });
}
