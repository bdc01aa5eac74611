import { createRecord, deprecateStatement } from "@claimline/store";
import { bulkStatements, DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, nonEmpty, type Harness } from "./harness.js";

const COUNTED = "totalCount pageInfo { totalCountIsLowerBound }";

for (const dialect of DIALECTS) {
  describe(`${dialect}: totalCount, exact from counters and bounded under a filter`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
    });
    afterAll(() => h.close());

    const stored = async () =>
      Number(
        (
          await h.database.store.db
            .selectFrom("statements")
            .select((eb) => eb.fn.countAll<string | number>().as("n"))
            .where("rank", "=", "NORMAL")
            .executeTakeFirstOrThrow()
        ).n,
      );

    it("gives each actor's statement count from its counter, equal to counting the same list under a filter", async () => {
      const { body } = await h.post(`{ statements { ${COUNTED} } actors(first: 30) { nodes { id statements(first: 1) { ${COUNTED} } } } }`);
      expect(body.data.statements).toEqual({ totalCount: await stored(), pageInfo: { totalCountIsLowerBound: false } });
      for (const actor of nonEmpty(body.data.actors.nodes as { id: string; statements: unknown }[])) {
        const filtered = await h.post(`query($id: ID!) { statements(filter: { speakerIds: [$id] }) { ${COUNTED} } }`, { id: actor.id });
        expect(actor.statements, actor.id).toEqual(filtered.body.data.statements);
      }
    });

    it("says false on connections that have no totalCount", async () => {
      const { body } = await h.post(`{
        claims(first: 1) { pageInfo { totalCountIsLowerBound } }
        statement(id: "Statement:trump-better-not-say-how-many-times") { similar(first: 1) { pageInfo { totalCountIsLowerBound } } }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.claims.pageInfo.totalCountIsLowerBound).toBe(false);
      expect(body.data.statement.similar.pageInfo.totalCountIsLowerBound).toBe(false);
    });

    it("counts a deprecated statement out of every unfiltered list at once", async () => {
      const query = `{ statements { totalCount } actor(id: "Person:donald-trump") { statements { totalCount } } }`;
      const before = (await h.post(query)).body.data;
      const { id } = await h.database.store.db
        .selectFrom("statements")
        .select("id")
        .where("speakerId", "=", "donald-trump")
        .where("rank", "=", "NORMAL")
        .executeTakeFirstOrThrow();
      await deprecateStatement(h.database.store.db, { id, reason: "a test" }, { author: "test" });
      const after = (await h.post(query)).body.data;
      expect(after.statements.totalCount).toBe(before.statements.totalCount - 1);
      expect(after.actor.statements.totalCount).toBe(before.actor.statements.totalCount - 1);
    });

    it("past 10,000 matching rows, answers 10,001 and flags it as a lower bound; where counters answer, the exact count", async () => {
      const { db } = h.database.store;
      const text = (
        await db.selectFrom("sources").select("text").where("id", "=", "trump-admits-talking-to-putin").executeTakeFirstOrThrow()
      ).text;
      const evidence = [{ sourceId: "trump-admits-talking-to-putin", start: 0, end: 20, exact: text.slice(0, 20) }];
      await createRecord(db, "Organization", { id: "many-words", kind: "OTHER", name: "Many Words", evidence }, { author: "test" });
      for (let i = 0; i < 10_002; i += 2_000) {
        await db
          .insertInto("statements")
          .values(bulkStatements("many-words", i, Math.min(2_000, 10_002 - i)))
          .execute();
      }
      const { body } = await h.post(`{
        filtered: statements(filter: { speakerIds: ["Organization:many-words"], speechActs: [OTHER] }) { ${COUNTED} }
        bySpeaker: statements(filter: { speakerIds: ["Organization:many-words"] }) { ${COUNTED} }
        actor(id: "Organization:many-words") {
          statements(first: 1) { ${COUNTED} }
          claims: statements(filter: { speechActs: [CLAIM] }) { ${COUNTED} }
        }
      }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.filtered).toEqual({ totalCount: 10_001, pageInfo: { totalCountIsLowerBound: true } });
      expect(body.data.actor.statements).toEqual({ totalCount: 10_002, pageInfo: { totalCountIsLowerBound: false } });
      // A filter that only names speakers is answered by their counters, exactly.
      expect(body.data.bySpeaker).toEqual({ totalCount: 10_002, pageInfo: { totalCountIsLowerBound: false } });
      expect(body.data.actor.claims).toEqual({ totalCount: 0, pageInfo: { totalCountIsLowerBound: false } });
    });
  });
}
