import { DIALECTS } from "@claimline/store/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORDINARY } from "./fixtures/attacks.js";
import { createHarness, type Harness } from "./harness.js";

const TIMEOUT_MS = 1_000;

for (const dialect of DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: the per-request deadline, against a table locked by another session`, () => {
    let h: Harness;
    let locker: pg.Client | undefined;
    beforeAll(async () => {
      h = await createHarness(dialect, { rateLimit: false, timeoutMs: TIMEOUT_MS });
    });
    afterAll(async () => {
      await locker?.end();
      await h.close();
    });

    it("answers TIMEOUT (504) with a request id once the deadline passes, then serves normally once the lock goes", async () => {
      locker = new pg.Client({ connectionString: h.database.url });
      await locker.connect();
      await locker.query("begin");
      await locker.query("lock table statements in access exclusive mode");

      const started = Date.now();
      const { status, body } = await h.post(ORDINARY);
      const took = Date.now() - started;
      expect(status).toBe(504);
      expect(body.errors).toEqual([
        {
          message: `The request ran longer than its ${TIMEOUT_MS} ms deadline and was stopped: ask for less`,
          extensions: { code: "TIMEOUT", requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
        },
      ]);
      expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);

      await locker.query("rollback");
      // On a busy machine a single answer may itself take longer than the deadline: a few tries are allowed.
      let after = await h.post(ORDINARY);
      for (let tries = 1; after.status !== 200 && tries < 10; tries++) after = await h.post(ORDINARY);
      expect(after.status).toBe(200);
      expect(after.body.data.statements.totalCount).toBe(14);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: a deadline shorter than the work, and the response-size cap`, () => {
    let hurried: Harness;
    let capped: Harness;
    beforeAll(async () => {
      [hurried, capped] = await Promise.all([
        createHarness(dialect, { rateLimit: false, timeoutMs: 1 }),
        createHarness(dialect, { rateLimit: false, maxResponseBytes: 2_000 }),
      ]);
    });
    afterAll(() => Promise.all([hurried.close(), capped.close()]));

    it("stops a request that needs several rounds of SQL when its deadline passes", async () => {
      const nested = `{ actors(first: 20) { nodes { statements(first: 20) { nodes { denials { denier { name } } about { name } evidence { source { title } } } } } } }`;
      const { status, body } = await hurried.post(nested);
      expect(status).toBe(504);
      expect(body.errors[0].extensions.code).toBe("TIMEOUT");
    });

    it("replaces a response over the cap with QUERY_TOO_COMPLEX (400), and sends smaller ones", async () => {
      const { status, body } = await capped.post(`{ sources { nodes { text } } }`);
      expect(status).toBe(400);
      expect(body.errors[0]).toMatchObject({ extensions: { code: "QUERY_TOO_COMPLEX", limit: "responseBytes", maximum: 2_000 } });
      expect(body.errors[0].message).toMatch(/^The response would be \d+ bytes, over the limit of 2000/);
      expect((await capped.post(`{ sources { nodes { title } } }`)).status).toBe(200);
    });
  });
}
