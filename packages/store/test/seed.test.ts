import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEvidence, readArticleDocument, seedArticle } from "../src/index.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";
import { rowCounts } from "../src/testing/index.js";

for (const dialect of DIALECTS) {
  describe(`${dialect}: seeding the article`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      await seedArticle(test.store.db);
    });
    afterAll(() => test.drop());

    it("stores at least the people, organisations, statements, denials and events the article states", async () => {
      const { db } = test.store;
      const actors = await db.selectFrom("actors").select(["id", "type", "kind"]).execute();
      expect(actors.filter((a) => a.type === "Person").map((a) => a.id)).toEqual(
        expect.arrayContaining(["donald-trump", "vladimir-putin", "volodymyr-zelenskyy", "joe-biden", "viktor-yanukovych"]),
      );
      expect(actors.filter((a) => a.type === "Organization").map((a) => a.id)).toEqual(
        expect.arrayContaining(["kremlin", "new-york-post", "traditional-media-outlets"]),
      );
      const counts = await rowCounts(test.store);
      expect(counts.statements).toBeGreaterThanOrEqual(12);
      expect(counts.denials).toBeGreaterThanOrEqual(2);
      expect(counts.events).toBeGreaterThanOrEqual(8);
    });

    it("keeps every evidence span equal to the stored source text at [start, end)", async () => {
      const { db } = test.store;
      const sources = new Map((await db.selectFrom("sources").select(["id", "text"]).execute()).map((s) => [s.id, s.text]));
      const spans = await db.selectFrom("evidence").selectAll().execute();
      expect(spans.length).toBeGreaterThan(40);
      for (const span of spans) {
        const text = sources.get(span.sourceId)!;
        expect(text.slice(span.spanStart, span.spanEnd), `${span.recordType} ${span.recordId}`).toBe(span.exact);
        expect(text.slice(Math.max(0, span.spanStart - 32), span.spanStart)).toBe(span.prefix);
        expect(text.slice(span.spanEnd, span.spanEnd + 32)).toBe(span.suffix);
      }
    });

    it("gives every actor, event, statement and denial at least one span", async () => {
      const { db } = test.store;
      for (const [type, table] of [
        ["Actor", "actors"],
        ["Event", "events"],
        ["Statement", "statements"],
        ["Denial", "denials"],
      ] as const) {
        const ids = (await db.selectFrom(table).select("id").execute()).map((r) => r.id);
        const withSpans = new Set((await getEvidence(db, type, ids)).map((e) => e.recordId));
        expect(
          ids.filter((id) => !withSpans.has(id)),
          `${table} without evidence`,
        ).toEqual([]);
      }
    });

    it("stores the article byte for byte with its SHA-256", async () => {
      const doc = await readArticleDocument();
      const source = await test.store.db.selectFrom("sources").selectAll().executeTakeFirstOrThrow();
      expect(source.text).toBe(doc.text);
      const { createHash } = await import("node:crypto");
      expect(source.contentHash).toBe(createHash("sha256").update(doc.text).digest("hex"));
    });

    it("reads the article's own words: 'reportedly', 'better not say', 'on Friday', 'as early as February or March'", async () => {
      const { db } = test.store;
      const admitted = await db.selectFrom("statements").selectAll().where("hedge", "=", "reportedly").execute();
      expect(admitted.map((s) => s.cue)).toContain("admitted");
      const betterNotSay = await db.selectFrom("statements").selectAll().where("quote", "=", "better not say").executeTakeFirstOrThrow();
      expect(betterNotSay.speakerId).toBe("donald-trump");
      const onFriday = await db.selectFrom("statements").select("statedAt").where("statedAt", "like", '%"text":"on Friday"%').execute();
      expect(onFriday.length).toBeGreaterThan(0);
      const summit = await db.selectFrom("events").selectAll().where("type", "=", "SUMMIT").executeTakeFirstOrThrow();
      expect(summit.status).toBe("PROPOSED");
      expect(JSON.parse(summit.startDate!).text).toBe("as early as February or March");
    });

    it("adds nothing when seeded a second time", async () => {
      const before = await rowCounts(test.store);
      expect(await seedArticle(test.store.db)).toBeNull();
      expect(await rowCounts(test.store)).toEqual(before);
    });
  });
}
