import { randomBytes } from "node:crypto";
import { createServer as createTcpServer } from "node:net";
import { createToken } from "@claimline/store";
import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryRateLimiter, type RateLimiter } from "../src/rate-limit.js";
import { redisRateLimiter } from "../src/rate-limit.redis.js";
import { ORDINARY } from "./fixtures/attacks.js";
import { createHarness, type Harness } from "./harness.js";

const REDIS_URL = process.env.REDIS_URL_TEST ?? "redis://127.0.0.1:6379";
const options = { capacity: 100, refillPerSecond: 10 };

describe("in-memory token buckets", () => {
  it("take a request's cost, refuse what they cannot pay with the wait until they can, and refill with time", async () => {
    let now = 0;
    const limiter = memoryRateLimiter(options, () => now);
    expect(await limiter.charge(["ip:a"], 60)).toEqual({ allowed: true, remaining: 40, retryAfterSeconds: 0 });
    expect(await limiter.charge(["ip:a"], 60)).toEqual({ allowed: false, remaining: 40, retryAfterSeconds: 2 });
    now += 2_000; // 20 points back
    expect(await limiter.charge(["ip:a"], 60)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    now += 60_000;
    expect((await limiter.charge(["ip:a"], 1)).remaining).toBe(99); // full again, never above capacity
  });

  it("charge every bucket of a request or none, and keep buckets apart", async () => {
    const limiter = memoryRateLimiter(options, () => 0);
    await limiter.charge(["token:t"], 90);
    // The IP could pay, the token cannot: neither pays.
    expect(await limiter.charge(["ip:a", "token:t"], 20)).toMatchObject({ allowed: false, remaining: 10 });
    expect(await limiter.charge(["ip:a"], 100)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limiter.charge(["ip:b"], 100)).toMatchObject({ allowed: true, remaining: 0 });
  });
});

describe("token buckets in Redis", () => {
  const keyPrefix = `claimline-test-${randomBytes(4).toString("hex")}:`;
  const limiters: RateLimiter[] = [];
  const open = async (extra: Partial<Parameters<typeof redisRateLimiter>[0]> = {}) => {
    const limiter = redisRateLimiter({ url: REDIS_URL, keyPrefix, ...options, ...extra });
    limiters.push(limiter);
    await limiter.ready();
    return limiter;
  };
  afterAll(() => Promise.all(limiters.map((l) => l.close())));

  it("are one budget for every process that shares the Redis", async () => {
    const [first, second] = [await open(), await open()];
    expect(await first.charge(["ip:shared"], 70)).toMatchObject({ allowed: true, remaining: 30 });
    const refused = await second.charge(["ip:shared"], 70);
    expect(refused.allowed).toBe(false);
    expect(refused.remaining).toBeGreaterThanOrEqual(30);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(3);
    expect(await second.charge(["ip:shared", "token:other"], 30)).toMatchObject({ allowed: true });
    expect((await first.charge(["token:other"], 1)).remaining).toBeLessThanOrEqual(70);
  });

  it("fall back to this process's memory, told once, when Redis does not answer, and never refuse for that", async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createTcpServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const outages: (Error | null)[] = [];
    const limiter = await open({ url: `redis://127.0.0.1:${closed}`, onOutage: (error) => outages.push(error) });
    expect(await limiter.charge(["ip:x"], 60)).toMatchObject({ allowed: true, remaining: 40 });
    expect(await limiter.charge(["ip:x"], 60)).toMatchObject({ allowed: false, remaining: 40 });
    expect(outages).toHaveLength(1);
    expect(outages[0]).toBeInstanceOf(Error);
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: rate limits over HTTP`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect, { rateLimit: { capacity: 500, refillPerSecond: 1 } });
    });
    afterAll(() => h.close());
    const ordinaryCost = 20 + 20 * 10;

    it("report the remaining budget in extensions, then refuse with 429 RATE_LIMITED and Retry-After", async () => {
      const first = await h.post(ORDINARY);
      expect(first.status).toBe(200);
      expect(first.body.extensions).toEqual({
        cost: ordinaryCost,
        rateLimit: { limit: 500, remaining: 500 - ordinaryCost, refillPerSecond: 1 },
      });
      const second = await h.post(ORDINARY);
      // Refilling at 1 point a second: a slow machine may give a few back between requests.
      expect(second.body.extensions.rateLimit.remaining).toBeLessThanOrEqual(500 - 2 * ordinaryCost + 10);

      const refused = await h.post(ORDINARY);
      expect(refused.status).toBe(429);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
      const wait = Number(refused.headers["retry-after"]);
      expect(wait).toBeGreaterThanOrEqual(ordinaryCost - 70);
      expect(refused.body.errors[0].extensions.retryAfter).toBe(wait);
    });

    it("give a token its own bucket, apart from its IP's; a made-up token buys nothing (401)", async () => {
      // The IP is spent (above); a real token's holder is not slowed by others at the same address.
      const { token } = await createToken(h.database.store.db, { name: "newsdesk", role: "reader" });
      const answered = await h.post(ORDINARY, undefined, { authorization: `Bearer ${token}` });
      expect(answered.status).toBe(200);
      expect(answered.body.extensions.rateLimit.remaining).toBe(500 - ordinaryCost);
      const madeUp = await h.post(ORDINARY, undefined, { authorization: "Bearer clm_000000000000_made-up" });
      expect(madeUp.status).toBe(401);
      expect(madeUp.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    });
  });
}
