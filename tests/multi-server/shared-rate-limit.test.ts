// Two server processes with one REDIS_URL draw on one budget per IP: what one spends, the other cannot.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORDINARY } from "../../apps/server/test/fixtures/attacks.js";
import { stopWithin } from "../support/processes.js";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

const REDIS_URL = process.env.REDIS_URL_TEST ?? "redis://127.0.0.1:6379";
const CAPACITY = 1_000;
const ORDINARY_COST = 220;

describe("rate limits shared through Redis by two server processes", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-rate-"));
  let servers: RunningServer[] = [];
  beforeAll(async () => {
    const env = {
      DATABASE_URL: `file:${join(dir, "claimline.db")}`,
      REDIS_URL,
      REDIS_KEY_PREFIX: `claimline-test-${randomBytes(4).toString("hex")}:`,
      RATE_LIMIT_CAPACITY: String(CAPACITY),
      RATE_LIMIT_REFILL_PER_SECOND: "1",
    };
    servers.push(await startServer(env));
    servers.push(await startServer(env));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => stopWithin(server)));
    servers = [];
    rmSync(dir, { recursive: true, force: true });
  });

  it("one budget: what the first server spent is gone on the second, which then answers 429 RATE_LIMITED", async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const spent = [];
    for (let i = 0; i < 2; i++) spent.push((await postGraphQL(first.url, ORDINARY)).body.extensions.rateLimit.remaining);
    // Refilling at 1 point a second: a slow machine may give a few back between requests.
    expect(spent[1]).toBeLessThanOrEqual(CAPACITY - 2 * ORDINARY_COST + 10);

    const onSecond = await postGraphQL(second.url, ORDINARY);
    expect(onSecond.status).toBe(200);
    expect(onSecond.body.extensions.rateLimit.remaining).toBeLessThanOrEqual(CAPACITY - 3 * ORDINARY_COST + 15);
    await postGraphQL(second.url, ORDINARY);

    const refused = await postGraphQL(first.url, ORDINARY);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect((await postGraphQL(second.url, ORDINARY)).status).toBe(429);
  });
});
