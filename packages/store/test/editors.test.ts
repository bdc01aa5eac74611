import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRecord,
  createToken,
  deprecateStatement,
  findPages,
  listTokens,
  revisionList,
  revokeToken,
  searchAll,
  seedArticle,
  updateRecord,
  verifyToken,
  WriteError,
} from "../src/index.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";
import { totalRows } from "../src/testing/index.js";

const SOURCE = "trump-admits-talking-to-putin";
const by = { author: "newsdesk" };

for (const dialect of DIALECTS) {
  describe(`${dialect}: editors' writes`, () => {
    let test: TestDatabase;
    let text: string;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      await seedArticle(test.store.db);
      text = (await test.store.db.selectFrom("sources").select("text").where("id", "=", SOURCE).executeTakeFirstOrThrow()).text;
    });
    afterAll(() => test.drop());

    const span = (exact: string) => ({ sourceId: SOURCE, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact });
    const statement = () => ({
      id: "trump-long-promised-end",
      speakerId: "donald-trump",
      content: "Trump has long promised to bring an end to the war in Ukraine.",
      quoteType: "INDIRECT",
      speechAct: "PROMISE",
      cue: "promised",
      evidence: [span("has long promised to bring an end to the war in Ukraine")],
    });

    it("creates a statement with its span, stamped with its author, found by search at once", async () => {
      expect(await createRecord(test.store.db, "Statement", statement(), by)).toEqual({ id: "trump-long-promised-end", created: true });
      const row = await test.store.db
        .selectFrom("statements")
        .select(["createdBy", "content"])
        .where("id", "=", "trump-long-promised-end")
        .executeTakeFirstOrThrow();
      expect(row.createdBy).toBe("newsdesk");
      expect((await searchAll(test.store.db, "long promised", 5)).map((h) => h.recordId)).toContain("trump-long-promised-end");
    });

    it("answers a retry with the same id and content with the stored record, and other content with CONFLICT", async () => {
      const before = await totalRows(test.store);
      expect(await createRecord(test.store.db, "Statement", statement(), by)).toEqual({ id: "trump-long-promised-end", created: false });
      expect(await totalRows(test.store)).toBe(before);
      await expect(createRecord(test.store.db, "Statement", { ...statement(), speechAct: "CLAIM" }, by)).rejects.toMatchObject({
        code: "CONFLICT",
        path: "input.id",
      });
    });

    it("refuses a span that is not what the source says (SPAN_MISMATCH), an unknown source or speaker, a bad enum — storing nothing", async () => {
      const before = await totalRows(test.store);
      const bad = [
        [
          { ...statement(), id: "x1", evidence: [{ ...span("has long promised"), exact: "has never promised" }] },
          "SPAN_MISMATCH",
          "statements[0].evidence[0]",
        ],
        [
          { ...statement(), id: "x2", evidence: [{ ...span("has long promised"), sourceId: "no-such-source" }] },
          "INVALID_REFERENCE",
          "statements[0].evidence[0].sourceId",
        ],
        [{ ...statement(), id: "x3", speakerId: "nobody" }, "INVALID_REFERENCE", "statements[0].speakerId"],
        [{ ...statement(), id: "x4", speechAct: "CLAM" }, "INVALID_RECORD", "input.speechAct"],
        [
          { ...statement(), id: "x5", evidence: [{ ...span("has long promised"), end: text.length + 9 }] },
          "INVALID_RECORD",
          "statements[0].evidence[0]",
        ],
      ] as const;
      for (const [input, code, path] of bad) {
        const error = (await createRecord(test.store.db, "Statement", input, by).catch((e: unknown) => e)) as WriteError;
        expect(error, JSON.stringify(input.id)).toBeInstanceOf(WriteError);
        expect({ code: error.code, path: error.path }).toEqual({ code, path });
      }
      expect(await totalRows(test.store)).toBe(before);
    });

    it("makes an id from the words when none is given", async () => {
      const { id } = await createRecord(
        test.store.db,
        "Person",
        { kind: "PERSON", name: "Ana Rivera-Núñez", evidence: [span("Vladimir Putin")] },
        by,
      );
      expect(id).toMatch(/^ana-rivera-nunez-[0-9a-f]{6}$/);
    });

    it("keeps every update's previous version as a revision, and changes nothing for a no-op patch", async () => {
      const { db } = test.store;
      expect(
        await updateRecord(db, "Statement", "trump-long-promised-end", { hedge: "reportedly", topics: ["war"] }, { author: "copyeditor" }),
      ).toEqual({
        changed: true,
        revision: 2,
      });
      expect(await updateRecord(db, "Statement", "trump-long-promised-end", { hedge: "reportedly" }, by)).toEqual({
        changed: false,
        revision: 2,
      });
      const [page] = await findPages(db, revisionList, {}, false, [
        { parent: { kind: "record", id: "Statement:trump-long-promised-end" }, page: { limit: 10, order: "desc" } },
      ]);
      const revisions = page?.items.map((i) => i.record) ?? [];
      expect(revisions).toHaveLength(1);
      expect(revisions[0]).toMatchObject({
        revision: 2,
        changedBy: "copyeditor",
        changes: [
          { field: "hedge", before: null, after: "reportedly" },
          { field: "topics", before: [], after: ["war"] },
        ],
        previous: { hedge: null, content: "Trump has long promised to bring an end to the war in Ukraine." },
      });
      const row = await db
        .selectFrom("statements")
        .select(["hedge", "updatedAt", "createdAt"])
        .where("id", "=", "trump-long-promised-end")
        .executeTakeFirstOrThrow();
      expect(row.hedge).toBe("reportedly");
      expect(row.updatedAt > row.createdAt).toBe(true);
    });

    it("refuses an update of an unknown record (NOT_FOUND) and a patch that breaks a rule, naming the field", async () => {
      const { db } = test.store;
      await expect(updateRecord(db, "Statement", "no-such-statement", { hedge: null }, by)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(updateRecord(db, "Statement", "trump-long-promised-end", { quoteType: "SHOUTED" }, by)).rejects.toMatchObject({
        code: "INVALID_RECORD",
        path: "input.quoteType",
      });
      await expect(updateRecord(db, "Statement", "trump-long-promised-end", { aboutIds: ["nobody"] }, by)).rejects.toMatchObject({
        code: "INVALID_REFERENCE",
        path: "input.aboutIds",
      });
      await expect(updateRecord(db, "Person", "kremlin", { name: "K" }, by)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(updateRecord(db, "Statement", "trump-long-promised-end", { evidence: [] }, by)).rejects.toMatchObject({
        code: "INVALID_RECORD",
      });
    });

    it("reindexes what an actor's new alias finds", async () => {
      const { db } = test.store;
      expect(await searchAll(db, "Zelensky", 50)).not.toContainEqual(expect.objectContaining({ recordId: "trump-would-meet-zelenskyy" }));
      await updateRecord(db, "Person", "volodymyr-zelenskyy", { aliases: ["Zelenskyy", "Zelensky"] }, by);
      const ids = (await searchAll(db, "Zelensky", 50)).map((h) => h.recordId);
      expect(ids).toContain("trump-would-meet-zelenskyy");
    });

    it("deprecates a statement with a reason, as a revision, without deleting it", async () => {
      const { db } = test.store;
      expect(await deprecateStatement(db, { id: "trump-long-promised-end", reason: "duplicate of trump-promises-to-end-war" }, by)).toEqual(
        {
          changed: true,
          revision: 3,
        },
      );
      const row = await db
        .selectFrom("statements")
        .select(["rank", "rankReason"])
        .where("id", "=", "trump-long-promised-end")
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ rank: "DEPRECATED", rankReason: "duplicate of trump-promises-to-end-war" });
      expect(
        await deprecateStatement(db, { id: "trump-long-promised-end", reason: "duplicate of trump-promises-to-end-war" }, by),
      ).toMatchObject({
        changed: false,
      });
    });
  });

  describe(`${dialect}: API tokens`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
    });
    afterAll(() => test.drop());

    it("keeps only a hash, accepts the token until it is revoked, and never a guessed or altered one", async () => {
      const { db } = test.store;
      const made = await createToken(db, { name: "newsdesk", role: "editor" });
      expect(made.token).toMatch(/^clm_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
      const stored = await db.selectFrom("apiTokens").selectAll().executeTakeFirstOrThrow();
      expect(JSON.stringify(stored)).not.toContain(made.token.slice(17));
      expect(await verifyToken(db, made.token)).toEqual({ tokenId: made.tokenId, name: "newsdesk", role: "editor" });
      expect(await verifyToken(db, `${made.token.slice(0, -1)}${made.token.endsWith("A") ? "B" : "A"}`)).toBeNull();
      expect(await verifyToken(db, "clm_000000000000_" + "A".repeat(43))).toBeNull();
      expect(await verifyToken(db, "not a token")).toBeNull();
      expect(await revokeToken(db, made.tokenId)).toBe(true);
      expect(await verifyToken(db, made.token)).toBeNull();
      expect(await revokeToken(db, made.tokenId)).toBe(false);
      expect((await listTokens(db)).map((t) => [t.name, t.role, t.revokedAt != null])).toEqual([["newsdesk", "editor", true]]);
    });
  });
}
