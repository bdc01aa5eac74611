import { importDocument } from "@claimline/store";
import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticDocument } from "./fixtures/synthetic-document.js";
import { createHarness, nonEmpty, type Harness } from "./harness.js";

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $order: StatementOrder) {
  statements(filter: { speakerIds: ["Person:speaker-alpha"] }, orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { id statedAt { value } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

for (const dialect of DIALECTS) {
  describe(`${dialect}: Relay pagination`, () => {
    let h: Harness;
    let all: string[];
    beforeAll(async () => {
      h = await createHarness(dialect);
      await importDocument(h.database.store.db, syntheticDocument(60));
      all = (await h.run(PAGE, { first: 100 })).data.statements.edges.map((e: any) => e.node.id);
    });
    afterAll(() => h.close());

    it("orders newest first by default and oldest first on request", async () => {
      expect(all).toHaveLength(12);
      const dates = (await h.run(PAGE, { first: 100 })).data.statements.edges.map((e: any) => e.node.statedAt.value);
      expect(dates).toEqual([...dates].sort().reverse());
      const oldest = (await h.run(PAGE, { first: 100, order: "OLDEST_FIRST" })).data.statements.edges.map((e: any) => e.node.id);
      expect(oldest).toEqual([...all].reverse());
    });

    it("walks backwards with last/before to the same items, with the right pageInfo", async () => {
      const collected: string[] = [];
      let before: string | null = null;
      for (let i = 0; i < 10; i++) {
        const { data }: { data?: any } = await h.run(PAGE, { last: 5, before });
        const page: any = data.statements;
        collected.unshift(...page.edges.map((e: any) => e.node.id));
        expect(page.pageInfo.hasNextPage).toBe(before != null);
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(collected).toEqual(all);
    });

    it("resumes after any cursor with exactly the items that follow it", async () => {
      const first = await h.run(PAGE, { first: 100 });
      const cursors = first.data.statements.edges.map((e: any) => e.cursor);
      for (const [i, cursor] of nonEmpty([...cursors.entries()])) {
        const { data } = await h.run(PAGE, { first: 3, after: cursor });
        expect(data.statements.edges.map((e: any) => e.node.id)).toEqual(all.slice(Number(i) + 1, Number(i) + 4));
        expect(data.statements.totalCount).toBe(12);
      }
    });

    it("gives an empty page with null cursors past the end", async () => {
      const last = (await h.run(PAGE, { first: 100 })).data.statements.pageInfo.endCursor;
      const { data } = await h.run(PAGE, { first: 5, after: last });
      expect(data.statements.edges).toEqual([]);
      expect(data.statements.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    });

    it("refuses first and last together, zero, negative and over 100, with BAD_USER_INPUT", async () => {
      for (const args of [{ first: 2, last: 2 }, { first: 0 }, { last: -1 }, { last: 101 }]) {
        const { errors } = await h.run(PAGE, args);
        expect(errors?.[0]?.extensions?.code, JSON.stringify(args)).toBe("BAD_USER_INPUT");
      }
    });

    it("pages by relevance with cursors when ordered by RELEVANCE", async () => {
      const q = `query($after: String) { statements(filter: { text: "synthetic fact" }, orderBy: RELEVANCE, first: 7, after: $after) {
        totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const { data }: { data?: any } = await h.run(q, { after });
        seen.push(...data.statements.edges.map((e: any) => e.node.id));
        if (!data.statements.pageInfo.hasNextPage) break;
        after = data.statements.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(60);
      expect(new Set(seen).size).toBe(60);
    });
  });
}
