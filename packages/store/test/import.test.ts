import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ImportError, importDocument, readArticleDocument, type SourceDocument } from "../src/index.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";
import { totalRows } from "./row-counts.js";

/** The article document with one change made by `edit`. */
async function article(edit: (doc: SourceDocument) => void = () => undefined): Promise<SourceDocument> {
  const doc = structuredClone(await readArticleDocument());
  edit(doc);
  return doc;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: importing a source is all or nothing`, () => {
    let test: TestDatabase;
    beforeEach(async () => {
      test = await createTestDatabase(dialect);
    });
    afterEach(() => test.drop());

    it("refuses a span whose exact text is not what the source says there (SPAN_MISMATCH), storing nothing", async () => {
      const doc = await article((d) => {
        d.denials.at(-1)!.evidence[0]!.exact = "the Kremlin confirmed it";
      });
      const error = await importDocument(test.store.db, doc).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect(error).toMatchObject({ code: "SPAN_MISMATCH", path: `denials[${doc.denials.length - 1}].evidence[0]` });
      expect(await totalRows(test.store)).toBe(0);
    });

    it("refuses offsets outside the text and a prefix that does not match", async () => {
      const outside = await article((d) => {
        d.statements[0]!.evidence[0]!.end = d.text.length + 5;
      });
      await expect(importDocument(test.store.db, outside)).rejects.toMatchObject({ code: "SPAN_MISMATCH" });
      const prefix = await article((d) => {
        d.statements[0]!.evidence[0]!.prefix = "something else entirely";
      });
      await expect(importDocument(test.store.db, prefix)).rejects.toMatchObject({ code: "SPAN_MISMATCH" });
      expect(await totalRows(test.store)).toBe(0);
    });

    it("refuses a reference to a record that exists nowhere, a duplicate id and a record without evidence", async () => {
      const dangling = await article((d) => {
        d.statements[3]!.speakerId = "nobody";
      });
      await expect(importDocument(test.store.db, dangling)).rejects.toMatchObject({
        code: "INVALID_REFERENCE",
        path: "statements[3].speakerId",
      });
      const duplicate = await article((d) => {
        d.events[1]!.id = d.events[0]!.id;
      });
      await expect(importDocument(test.store.db, duplicate)).rejects.toMatchObject({ code: "DUPLICATE_ID" });
      const bare = await article((d) => {
        d.statements[0]!.evidence = [];
      });
      await expect(importDocument(test.store.db, bare)).rejects.toMatchObject({ code: "INVALID_RECORD" });
      expect(await totalRows(test.store)).toBe(0);
    });

    it("rolls back everything when the database itself refuses a row half way through", async () => {
      await importDocument(test.store.db, await article());
      const before = await totalRows(test.store);
      // A sound document, except that its statement's id is already taken: the insert fails after the
      // source and the new actor were written, and both must go again.
      const text = "Someone New said the summit was cancelled.";
      const span = (exact: string) => {
        const start = text.indexOf(exact);
        return {
          start,
          end: start + exact.length,
          exact,
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(start + exact.length, start + exact.length + 32),
        };
      };
      const second: SourceDocument = {
        source: { id: "second-source", title: "Second", publisher: null, url: null, publishedAt: null, note: null },
        text,
        actors: [
          {
            id: "someone-new",
            type: "Person",
            kind: "PERSON",
            name: "Someone New",
            aliases: [],
            description: null,
            country: null,
            roles: [],
            evidence: [span("Someone New")],
          },
        ],
        events: [],
        statements: [
          {
            id: "trump-admits-direct-conversations",
            speakerId: "someone-new",
            content: "The summit was cancelled.",
            quote: null,
            quoteType: "INDIRECT",
            speechAct: "CLAIM",
            cue: "said",
            hedge: null,
            statedAt: null,
            occasionId: null,
            aboutIds: [],
            topics: [],
            evidence: [span("said the summit was cancelled")],
            note: null,
          },
        ],
        denials: [],
      };
      await expect(importDocument(test.store.db, second)).rejects.toThrow();
      expect(await totalRows(test.store)).toBe(before);
      const stray = await test.store.db.selectFrom("actors").select("id").where("id", "=", "someone-new").executeTakeFirst();
      expect(stray).toBeUndefined();
    });

    it("stores the whole document when it is sound, and refuses the same source twice", async () => {
      const summary = await importDocument(test.store.db, await article());
      expect(summary.statements).toBeGreaterThanOrEqual(12);
      const before = await totalRows(test.store);
      await expect(importDocument(test.store.db, await article())).rejects.toMatchObject({ code: "DUPLICATE_ID", path: "source.id" });
      expect(await totalRows(test.store)).toBe(before);
    });
  });
}
