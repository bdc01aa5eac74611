import { randomBytes } from "node:crypto";
import { createToken, updateRecord } from "@claimline/store";
import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type ClaimlineServer } from "../src/index.js";
import { createHarness, type Harness } from "./harness.js";

const REDIS_URL = process.env.REDIS_URL_TEST ?? "redis://127.0.0.1:6379";
const ID = "Statement:trump-private-conversations-beneficial";
const READ = `{ statement(id: "${ID}") { id hedge } }`;
const update = (hedge: string) => `mutation { updateStatement(input: { id: "${ID}", hedge: "${hedge}" }) { changed } }`;

async function post(server: ClaimlineServer, query: string, headers: Record<string, string> = {}) {
  const response = await server.app.inject({
    method: "POST",
    url: "/graphql",
    headers: { "content-type": "application/json", ...headers },
    payload: JSON.stringify({ query }),
  });
  return JSON.parse(response.body) as { data?: any; errors?: unknown[] };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: response cache`, () => {
    let h: Harness;
    let editor: Record<string, string>;
    beforeAll(async () => {
      h = await createHarness(dialect, { rateLimit: false, responseCache: { entries: 100 } });
      editor = { authorization: `Bearer ${(await createToken(h.database.store.db, { name: "desk", role: "editor" })).token}` };
    });
    afterAll(() => h.close());

    it("answers a repeated read from the cache, and a write through the API is visible on the very next read", async () => {
      expect((await post(h.server, READ)).data.statement.hedge).toBeNull();
      // Changed behind the server's back: the cached answer still stands, which shows it is the cache answering.
      await updateRecord(h.database.store.db, "Statement", ID.split(":")[1]!, { hedge: "behind its back" }, { author: "test" });
      expect((await post(h.server, READ)).data.statement.hedge).toBeNull();
      const written = await post(h.server, update("reportedly"), editor);
      expect(written.errors).toBeUndefined();
      expect((await post(h.server, READ)).data.statement.hedge).toBe("reportedly");
    });

    it("keys answers by the caller and the variables, and never caches errors", async () => {
      const asEditor = await post(h.server, READ, editor);
      expect(asEditor.data.statement.id).toBe(ID);
      const missing = await post(h.server, `{ statement(id: "Statement:no-such") { id } }`);
      expect(missing.errors).toHaveLength(1);
      expect((await post(h.server, `{ statement(id: "Statement:no-such") { id } }`)).errors).toHaveLength(1);
    });
  });
}

describe("sqlite: response cache with rate limits on", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness("sqlite", { rateLimit: { capacity: 3, refillPerSecond: 0.001 }, responseCache: { entries: 100 } });
  });
  afterAll(() => h.close());

  it("charges every hit its cost, reports the bucket as it is now, and refuses a hit the bucket cannot pay", async () => {
    const first = await h.post(READ);
    expect(first.body.extensions).toMatchObject({ cost: 0, rateLimit: { limit: 3, remaining: 2 } });
    await updateRecord(h.database.store.db, "Statement", ID.split(":")[1]!, { hedge: "behind its back" }, { author: "test" });
    const hit = await h.post(READ);
    // Still the old hedge: answered from the cache, and charged all the same (at least a point, as in Apollo).
    expect(hit.body.data.statement.hedge).toBeNull();
    expect(hit.body.extensions).toMatchObject({ cost: 0, rateLimit: { limit: 3, remaining: 1 } });
    expect((await h.post(READ)).body.extensions.rateLimit.remaining).toBe(0);
    const refused = await h.post(READ);
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBeDefined();
    expect(refused.body.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("response cache across two instances through Redis", () => {
  const keyPrefix = `claimline-test-${randomBytes(4).toString("hex")}:`;
  let h: Harness;
  let other: ClaimlineServer;
  let editor: Record<string, string>;
  beforeAll(async () => {
    const responseCache = { entries: 100, redis: { url: REDIS_URL, keyPrefix } };
    h = await createHarness("sqlite", { rateLimit: false, responseCache });
    other = await createServer({ store: h.database.store, rateLimit: false, responseCache });
    editor = { authorization: `Bearer ${(await createToken(h.database.store.db, { name: "desk", role: "editor" })).token}` };
  });
  afterAll(async () => {
    await other.app.close();
    await h.close();
  });

  it("shows a write on one instance in the very next read on the other", async () => {
    expect((await post(other, READ)).data.statement.hedge).toBeNull();
    expect((await post(other, READ)).data.statement.hedge).toBeNull();
    expect((await post(h.server, update("allegedly"), editor)).errors).toBeUndefined();
    expect((await post(other, READ)).data.statement.hedge).toBe("allegedly");
  });
});
