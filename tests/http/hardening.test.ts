// The production server process under the attacks of issues 10 and 16: refused at once, ordinary traffic answered
// meanwhile, memory bounded, SIGTERM obeyed mid-attack; and the things that already held (static path traversal).
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aliasFlood, deepQuery, fanOut, fragmentFanOut, ORDINARY } from "../../apps/server/test/fixtures/attacks.js";
import { stopWithin } from "../support/processes.js";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

/** The server's resident memory in MB, from /proc. */
function rssMegabytes(pid: number): number {
  const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]!;
  return Number(kilobytes) / 1024;
}

/** GETs a path exactly as written (fetch would normalise `..` away), returning status and body. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: "GET" }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode!, body }));
    })
      .on("error", reject)
      .end();
  });
}

const ATTACKS = [fanOut(5), fragmentFanOut(100), fragmentFanOut(12), deepQuery(160), aliasFlood(1_000)];

describe("the production server process under attack", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-hardening-"));
  const env = { DATABASE_URL: `file:${join(dir, "claimline.db")}`, NODE_ENV: "production", RATE_LIMIT_CAPACITY: "0" };
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(env);
  });
  afterAll(async () => {
    await stopWithin(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses every attack with 400 QUERY_TOO_COMPLEX while ordinary queries sent at the same moment are answered", async () => {
    expect(ATTACKS.length).toBeGreaterThan(0);
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all([...ATTACKS, ORDINARY, ORDINARY].map((query) => postGraphQL(server.url, query)));
      for (const { status, body } of answers.slice(0, ATTACKS.length)) {
        expect(status).toBe(400);
        expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
      }
      for (const { status, body } of answers.slice(ATTACKS.length)) {
        expect(status).toBe(200);
        expect(body.data.statements.totalCount).toBe(14);
      }
    }
    expect(server.process.exitCode).toBeNull();
  });

  it("stays under 250 MB of memory after a round of a hundred attacks", async () => {
    for (let i = 0; i < 20; i++) await Promise.all(ATTACKS.map((query) => postGraphQL(server.url, query)));
    expect(rssMegabytes(server.process.pid!)).toBeLessThan(250);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("refuses static path traversal", async () => {
    for (const path of [
      "/../../../../etc/passwd",
      "/assets/..%2f..%2f..%2fpackage.json",
      "/%2e%2e/%2e%2e/package.json",
      "/..%5c..%5cpackage.json",
    ]) {
      const { status, body } = await rawGet(server.url, path);
      expect(body, path).not.toMatch(/root:x:0:0|"workspaces"|"@claimline\/server"/);
      expect([200, 400, 403, 404], path).toContain(status);
    }
  });

  it("obeys SIGTERM in the middle of a flood of 2^100 fan-outs, and exits 0", async () => {
    let flooding = true;
    const flood = Array.from({ length: 8 }, async () => {
      while (flooding) await postGraphQL(server.url, fragmentFanOut(100)).catch(() => undefined);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => server.process.once("exit", (code) => resolve(code)));
    server.process.kill("SIGTERM");
    expect(await exited).toBe(0);
    flooding = false;
    await Promise.all(flood);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(server.output()).toMatch(/SIGTERM: not ready any more/);
  });
});
