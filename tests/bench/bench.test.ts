import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { LATENCY_QUERIES } from "./queries.js";

const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
const BENCH = fileURLToPath(new URL("./bench.ts", import.meta.url));
const TSCONFIG = fileURLToPath(new URL("../tsconfig.json", import.meta.url));

// The harness itself, at 2,000 statements and 1-second load runs: proves `npm run bench` works end to end. The
// figures are not judged here (speed targets live in BENCHMARKS.md), only that every part produced them.
describe("npm run bench (smoke, 2,000 statements)", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-bench-smoke-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds the corpus, loads every server and writes every figure", async () => {
    const out = join(dir, "latest.json");
    const env: Record<string, string | undefined> = {
      ...process.env,
      BENCH_SECONDS: "1",
      BENCH_LATENCY_ROUNDS: "1",
      BENCH_OUT: out,
      BENCH_DATA_DIR: dir,
    };
    delete env.DATABASE_URL;
    await promisify(execFile)(TSX, ["--tsconfig", TSCONFIG, BENCH, "--scale", "2000"], { env, maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(readFileSync(out, "utf8")) as {
      sideBySide: Record<string, { requestsPerSecond: number; errors: number; non2xx: number }>;
      latency: Record<string, Record<string, unknown>>;
      sqlCounts: Record<string, number>;
      import: { statements: number };
      coldStartMs: number;
    };
    for (const name of [
      "bare node:http",
      "naive Apollo 5 + type-graphql",
      "mercurius + graphql-jit",
      "Claimline SQLite 2000",
      "Claimline SQLite 2000 + response cache",
    ]) {
      const run = result.sideBySide[name];
      expect(run?.requestsPerSecond, name).toBeGreaterThan(0);
      expect([run?.errors, run?.non2xx], name).toEqual([0, 0]);
    }
    expect(Object.keys(result.latency["2000"] ?? {})).toEqual(LATENCY_QUERIES.map((q) => q.name));
    expect(Object.keys(result.sqlCounts)).toEqual(["first: 5", "first: 20", "first: 100"]);
    expect(result.import.statements).toBe(1_000);
    expect(result.coldStartMs).toBeGreaterThan(0);
  }, 120_000);
});
