// PostgreSQL going away under a running server, coming back, and being away when a server starts: the server
// never exits, says UNAVAILABLE (503) and /readyz 503 meanwhile, and recovers by itself. On an instance of the
// test's own: the shared PostgreSQL is never stopped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresInstance, POSTGRES_BIN, type PostgresInstance } from "../support/postgres-instance.js";
import { stopWithin } from "../support/processes.js";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

const QUERY = `{ actor(id: "Person:donald-trump") { name } }`;

/** Retries `check` every 100 ms until it returns true or `ms` pass; returns whether it did. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await check().catch(() => false)) return true;
  }
  return false;
}

const readiness = async (server: RunningServer) => (await fetch(`${server.url}/readyz`)).status;

if (!POSTGRES_BIN && process.env.REQUIRE_POSTGRES === "1") {
  describe("PostgreSQL outages", () => {
    it("has PostgreSQL's initdb and pg_ctl to start an instance of its own", () => {
      expect.fail("no /usr/lib/postgresql/*/bin/initdb: install postgresql, or unset REQUIRE_POSTGRES");
    });
  });
}

describe.skipIf(!POSTGRES_BIN)("PostgreSQL stopped and started under a running server (an instance of the test's own)", () => {
  let postgres: PostgresInstance;
  let server: RunningServer | undefined;
  let late: RunningServer | undefined;
  beforeAll(async () => {
    postgres = await createPostgresInstance();
    server = await startServer({ DATABASE_URL: postgres.url, RATE_LIMIT_CAPACITY: "0" });
  });
  afterAll(async () => {
    await Promise.all([stopWithin(server), stopWithin(late)]);
    postgres?.destroy();
  });

  it("keeps running when PostgreSQL stops: UNAVAILABLE with 503 and Retry-After, /readyz 503, /healthz 200", async () => {
    expect((await postGraphQL(server!.url, QUERY)).body.data.actor.name).toBe("Donald Trump");
    postgres.stop();

    expect(await eventually(async () => (await readiness(server!)) === 503, 5_000)).toBe(true);
    const response = await fetch(`${server!.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const body = (await response.json()) as any;
    expect(body.errors[0]).toMatchObject({
      message: "The database cannot be reached at the moment; try again in a few seconds",
      extensions: { code: "UNAVAILABLE" },
    });
    expect((await fetch(`${server!.url}/healthz`)).status).toBe(200);
    expect(server!.process.exitCode).toBeNull();
    expect(server!.output()).toMatch(/database unreachable: answering UNAVAILABLE and reconnecting/);
    expect(server!.output()).not.toMatch(/Unhandled|uncaught/i);
  });

  it("recovers by itself, without a restart, when PostgreSQL is back", async () => {
    const pid = server!.process.pid;
    postgres.start();
    expect(await eventually(async () => (await postGraphQL(server!.url, QUERY)).status === 200, 15_000)).toBe(true);
    expect(await readiness(server!)).toBe(200);
    expect((await postGraphQL(server!.url, QUERY)).body).toMatchObject({ data: { actor: { name: "Donald Trump" } } });
    expect(server!.process.pid).toBe(pid);
    expect(server!.process.exitCode).toBeNull();
    expect(server!.output()).toMatch(/database reachable again/);
  });

  it("starts while PostgreSQL is down: one clear line per retry, no stack, and serves once PostgreSQL is up", async () => {
    postgres.stop();
    // PostgreSQL comes back once the starting server has said twice that it cannot reach it.
    const retryLines = (output: string) => output.split("\n").filter((line) => line.includes("database unreachable ("));
    let saidTwice: () => void = () => undefined;
    const twice = new Promise<void>((resolve) => (saidTwice = resolve));
    const starting = startServer({ DATABASE_URL: postgres.url, RATE_LIMIT_CAPACITY: "0" }, (output) => {
      if (retryLines(output).length >= 2) saidTwice();
    }).then((s) => (late = s));
    await twice;
    postgres.start();
    await starting;
    const output = late!.output();
    const retries = retryLines(output);
    expect(retries.length).toBeGreaterThan(1);
    for (const line of retries) expect(JSON.parse(line).msg).toMatch(/^database unreachable \(.*ECONNREFUSED.*\); retrying in \d+ ms$/);
    expect(output).not.toMatch(/\n\s+at /);
    expect((await postGraphQL(late!.url, QUERY)).body.data.actor.name).toBe("Donald Trump");
  });
});
