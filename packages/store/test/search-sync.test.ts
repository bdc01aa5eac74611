import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countStatements, searchAll, seedArticle } from "../src/index.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";

for (const dialect of DIALECTS) {
  describe(`${dialect}: the full-text index keeps in step with the records`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      await seedArticle(test.store.db);
    });
    afterAll(() => test.drop());

    it("finds a statement by new words once its content changes, and no longer by the old ones", async () => {
      const { db } = test.store;
      expect(await countStatements(db, { text: "bloodbath" })).toBe(1);
      await db
        .updateTable("statements")
        .set({ content: "Trump spoke of the carnage in Ukraine." })
        .where("id", "=", "trump-concern-bloodbath")
        .execute();
      expect(await countStatements(db, { text: "bloodbath" })).toBe(0);
      expect(await countStatements(db, { text: "carnage" })).toBe(1);
    });

    it("drops a statement from search once deprecated, and from the index once deleted", async () => {
      const { db } = test.store;
      const hit = async (text: string) => (await searchAll(db, text, 10)).map((h) => h.recordId);
      expect(await hit("alluding better")).toContain("trump-better-not-say-how-many-times");
      await db
        .updateTable("statements")
        .set({ rank: "DEPRECATED", rankReason: "test" })
        .where("id", "=", "trump-better-not-say-how-many-times")
        .execute();
      expect(await hit("alluding better")).not.toContain("trump-better-not-say-how-many-times");
      await db.deleteFrom("statementAbout").where("statementId", "=", "trump-promises-to-end-war").execute();
      await db.deleteFrom("evidence").where("recordId", "=", "trump-promises-to-end-war").execute();
      await db.deleteFrom("statements").where("id", "=", "trump-promises-to-end-war").execute();
      expect(await hit("promised")).not.toContain("trump-promises-to-end-war");
    });
  });
}
