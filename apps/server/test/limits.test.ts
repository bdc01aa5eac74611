import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aliasFlood, deepQuery, directiveFlood, fanOut, fragmentFanOut, ORDINARY, tokenFlood } from "./fixtures/attacks.js";
import { createHarness, type Harness } from "./harness.js";

for (const dialect of DIALECTS) {
  describe(`${dialect}: limits checked before execution, each a 400 with QUERY_TOO_COMPLEX`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect, { rateLimit: false });
    });
    afterAll(() => h.close());

    const refusal = async (query: string) => {
      const { status, body } = await h.post(query);
      expect(status, query.slice(0, 80)).toBe(400);
      expect(body.data, "nothing ran").toBeUndefined();
      expect(body.errors.length).toBeGreaterThan(0);
      for (const error of body.errors) expect(error.extensions.code).toBe("QUERY_TOO_COMPLEX");
      return body.errors[0];
    };
    const accepted = async (query: string) => {
      const { status, body } = await h.post(query);
      expect(body.errors, query.slice(0, 80)).toBeUndefined();
      expect(status).toBe(200);
      return body;
    };

    it("depth: 12 levels run, 13 and a 160-level query do not", async () => {
      await accepted(deepQuery(12));
      expect(await refusal(deepQuery(13))).toMatchObject({
        message: "Query depth limit of 12 exceeded, found 13.",
        extensions: { limit: "depth", maximum: 12 },
      });
      expect((await refusal(deepQuery(160))).extensions.limit).toBe("depth");
    });

    it("aliases: 30 run, 31 and 1,000 do not; aliases of __typename are free", async () => {
      await accepted(aliasFlood(30));
      expect(await refusal(aliasFlood(31))).toMatchObject({
        message: "Aliases limit of 30 exceeded, found 31.",
        extensions: { limit: "aliases" },
      });
      expect((await refusal(aliasFlood(100, "actors(first: 100) { totalCount }"))).extensions.limit).toBe("aliases");
      // 1,000 aliases are more than 3,000 tokens: the token limit refuses them before they are even parsed.
      expect((await refusal(aliasFlood(1_000))).extensions.limit).toBe("tokens");
      await accepted(aliasFlood(60, "__typename"));
    });

    it("directives: 50 run, 51 do not", async () => {
      await accepted(directiveFlood(50));
      expect(await refusal(directiveFlood(51))).toMatchObject({ extensions: { limit: "directives", maximum: 50 } });
    });

    it("tokens: 3,000 run, 3,001 do not", async () => {
      await accepted(tokenFlood(3_000));
      expect(await refusal(tokenFlood(3_001))).toMatchObject({
        message: "Token limit of 3000 exceeded: the document is too long",
        extensions: { limit: "tokens", maximum: 3_000 },
      });
    });

    it("a document too costly to validate (thousands of identical fields) is refused the same way", async () => {
      expect((await refusal(`{ ${"__typename ".repeat(2_900)}}`)).extensions.limit).toBe("validation");
    });

    it("cost: the issue's fan-out and the 14 kB 2^100 nested-fragment fan-out are refused with their cost; within budget runs", async () => {
      const fan = await refusal(fanOut(4));
      expect(fan.extensions).toMatchObject({ limit: "cost", cost: 100 + 100 ** 2 + 100 ** 3 + 100 ** 4, maximum: 25_000 });
      expect(fan.message).toMatch(/^Query cost of 101010100 exceeds the budget of 25000/);
      // Written with more levels than the token limit allows, so tokens refuse it first; with fewer, depth does; cost would too.
      const fragments = fragmentFanOut(100);
      expect(fragments.length).toBeGreaterThan(14_000);
      expect((await refusal(fragments)).extensions.limit).toBe("tokens");
      // Twenty levels fit in the token limit; they are too deep, and their 2 × 2^20 aliases too many.
      const { body } = await h.post(fragmentFanOut(20));
      expect(body.errors.map((e: any) => [e.extensions.code, e.extensions.limit])).toEqual([
        ["QUERY_TOO_COMPLEX", "depth"],
        ["QUERY_TOO_COMPLEX", "aliases"],
      ]);
      // 100 actors × 100 statements is 10,100: allowed, as GitHub allows it.
      await accepted(`{ actors(first: 100) { nodes { statements(first: 100) { nodes { id } } } } }`);
    });

    it("reports the request's cost in extensions.cost, on answers and on refusals", async () => {
      expect((await accepted(ORDINARY)).extensions).toEqual({ cost: 20 + 20 * 10 });
      expect((await h.post(fanOut(3))).body.extensions.cost).toBe(100 + 100 ** 2 + 100 ** 3);
    });

    it("keeps answering ordinary queries between refusals", async () => {
      for (const attack of [fanOut(5), fragmentFanOut(100), deepQuery(160), aliasFlood(1_000)]) {
        expect((await h.post(attack)).status).toBe(400);
        const { body } = await accepted(ORDINARY).then((b) => ({ body: b }));
        expect(body.data.statements.totalCount).toBe(14);
      }
    });
  });
}
