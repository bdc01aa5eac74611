import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WriteError, importDocument, readArticleDocument, type SourceDocument } from "../src/index.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";
import { totalRows } from "../src/testing/index.js";

/** Makes the database refuse one statement id, as a failing disk or a concurrent writer might: a fault the importer cannot foresee. */
async function poisonStatement({ store }: TestDatabase, id: string): Promise<void> {
  if (store.dialect === "sqlite") {
    await sql
      .raw(`create trigger poison before insert on statements when new.id = '${id}' begin select raise(abort, 'poison'); end`)
      .execute(store.db);
    return;
  }
  await sql
    .raw(
      `create function poison() returns trigger language plpgsql as $$ begin if new.id = '${id}' then raise exception 'poison'; end if; return new; end $$`,
    )
    .execute(store.db);
  await sql.raw("create trigger poison before insert on statements for each row execute function poison()").execute(store.db);
}

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
      expect(error).toBeInstanceOf(WriteError);
      expect(error).toMatchObject({ code: "SPAN_MISMATCH", path: `denials[${doc.denials.length - 1}].evidence[0]` });
      expect(await totalRows(test.store)).toBe(0);
    });

    it("refuses offsets outside the text (INVALID_RECORD) and a prefix that does not match (SPAN_MISMATCH)", async () => {
      const outside = await article((d) => {
        d.statements[0]!.evidence[0]!.end = d.text.length + 5;
      });
      await expect(importDocument(test.store.db, outside)).rejects.toMatchObject({
        code: "INVALID_RECORD",
        path: "statements[0].evidence[0]",
      });
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
      await expect(importDocument(test.store.db, bare)).rejects.toMatchObject({ code: "INVALID_RECORD", path: "statements[0].evidence" });
      expect(await totalRows(test.store)).toBe(0);
    });

    it("refuses a bad enum value with its exact path and the values it may take, storing nothing", async () => {
      const doc = await article((d) => {
        (d.statements[3] as { speechAct: string }).speechAct = "CLAM";
      });
      const error = (await importDocument(test.store.db, doc).catch((e: unknown) => e)) as WriteError;
      expect(error).toBeInstanceOf(WriteError);
      expect(error.code).toBe("INVALID_RECORD");
      expect(error.message).toBe(
        "statements[3].speechAct: expected one of CLAIM, ADMISSION, SUGGESTION, PROMISE, INTENT, CONCERN, CRITICISM, ARGUMENT, OTHER",
      );
      expect(await totalRows(test.store)).toBe(0);
    });

    it("reports every shape problem at once, each with its path: malformed dates, unknown fields, oversized text", async () => {
      const doc = await article((d) => {
        d.statements[0]!.statedAt = {
          value: "2024-13",
          precision: "MONTH",
          earliest: "2024-02-30",
          latest: null,
          text: null,
          circa: false,
          note: null,
        };
        (d.events[2] as Record<string, unknown>).colour = "red";
        d.actors[0]!.name = "x".repeat(301);
      });
      const error = (await importDocument(test.store.db, doc).catch((e: unknown) => e)) as WriteError;
      expect(error.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(["actors[0].name", "events[2]", "statements[0].statedAt.value", "statements[0].statedAt.earliest"]),
      );
      expect(error.issues.find((i) => i.path === "events[2]")?.message).toBe("unknown field colour");
      expect(await totalRows(test.store)).toBe(0);
    });

    it("lets the database itself refuse bad enum values and spans past the end of their source", async () => {
      await importDocument(test.store.db, await article());
      const { db } = test.store;
      await expect(
        db
          .updateTable("statements")
          .set({ speechAct: "CLAM" as never })
          .where("id", "=", "trump-promises-to-end-war")
          .execute(),
      ).rejects.toThrow(/check/i);
      await expect(
        db
          .updateTable("events")
          .set({ status: "DISPUTED" as never })
          .where("id", "=", "putin-trump-summit")
          .execute(),
      ).rejects.toThrow(/check/i);
      await expect(
        db
          .updateTable("actors")
          .set({ kind: "ROBOT" as never })
          .where("id", "=", "kremlin")
          .execute(),
      ).rejects.toThrow(/check/i);
      const length = (await article()).text.length;
      await expect(
        db
          .updateTable("evidence")
          .set({ spanEnd: length + 1 })
          .where("recordId", "=", "trump-promises-to-end-war")
          .execute(),
      ).rejects.toThrow(/beyond/);
      await expect(
        db.updateTable("evidence").set({ spanStart: -1 }).where("recordId", "=", "trump-promises-to-end-war").execute(),
      ).rejects.toThrow(/check/i);
    });

    it("rolls back everything when the database itself refuses a row half way through", async () => {
      await importDocument(test.store.db, await article());
      const before = await totalRows(test.store);
      // The database refuses one statement, after the source, the actors and the events were written: all must go.
      await poisonStatement(test, "the-poisoned-statement");
      const text = "Someone New said the summit was cancelled.";
      const span = (exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact });
      const second = {
        source: { id: "second-source", title: "Second" },
        text,
        actors: [{ id: "someone-new", type: "Person", kind: "PERSON", name: "Someone New", evidence: [span("Someone New")] }],
        statements: [
          {
            id: "the-poisoned-statement",
            speakerId: "someone-new",
            content: "The summit was cancelled.",
            quoteType: "INDIRECT",
            speechAct: "CLAIM",
            cue: "said",
            evidence: [span("said the summit was cancelled")],
          },
        ],
      };
      await expect(importDocument(test.store.db, second)).rejects.toThrow(/poison/);
      expect(await totalRows(test.store)).toBe(before);
      const stray = await test.store.db.selectFrom("actors").select("id").where("id", "=", "someone-new").executeTakeFirst();
      expect(stray).toBeUndefined();
    });

    it("refuses a statement or denial id that is already stored (CONFLICT)", async () => {
      await importDocument(test.store.db, await article());
      const again = await article((d) => {
        d.source.id = "the-same-article-again";
      });
      await expect(importDocument(test.store.db, again)).rejects.toMatchObject({ code: "CONFLICT", path: "statements[0].id" });
    });

    it("stores the whole document when it is sound; the same document again changes nothing, another one is a CONFLICT", async () => {
      const summary = await importDocument(test.store.db, await article(), { author: "newsdesk" });
      expect(summary).toMatchObject({ stored: true });
      expect(summary.statements).toBeGreaterThanOrEqual(12);
      const before = await totalRows(test.store);
      expect(await importDocument(test.store.db, await article())).toMatchObject({ stored: false, statements: summary.statements });
      expect(await totalRows(test.store)).toBe(before);
      const changed = await article((d) => {
        d.statements[0]!.content = "Something else entirely.";
      });
      await expect(importDocument(test.store.db, changed)).rejects.toMatchObject({ code: "CONFLICT", path: "source.id" });
      expect(await totalRows(test.store)).toBe(before);
      const stamped = await test.store.db
        .selectFrom("statements")
        .select(["createdBy", "createdAt", "updatedAt"])
        .executeTakeFirstOrThrow();
      expect(stamped.createdBy).toBe("newsdesk");
      expect(stamped.updatedAt).toBe(stamped.createdAt);
    });
  });
}
