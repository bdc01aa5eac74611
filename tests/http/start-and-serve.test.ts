import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

const TRUMP = `{ statements(filter: { speakerIds: ["Person:donald-trump"] }, first: 100) {
  totalCount edges { node { id quote denials { denier { id } } evidence { start end exact source { text } } } } } }`;

describe("the server process, over HTTP, on a fresh SQLite file", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-http-"));
  // NODE_ENV empty, as a user's shell has it: Apollo would then add stack traces unless the server turns them off.
  const env = { DATABASE_URL: `file:${join(dir, "claimline.db")}`, NODE_ENV: "" };
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(env);
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates the database, seeds the article and answers Trump's statements with spans and the Kremlin's denial", async () => {
    expect(server.output()).toMatch(/seeded the article/);
    const { status, body } = await postGraphQL(server.url, TRUMP);
    expect(status).toBe(200);
    const nodes = body.data.statements.edges.map((e: any) => e.node);
    expect(nodes.some((s: any) => s.quote === "better not say")).toBe(true);
    expect(nodes.some((s: any) => s.denials.some((d: any) => d.denier.id === "Organization:kremlin"))).toBe(true);
    for (const s of nodes) for (const e of s.evidence) expect(e.source.text.slice(e.start, e.end)).toBe(e.exact);
  });

  it("answers errors with a code and never a stack trace", async () => {
    const { status, body } = await postGraphQL(server.url, `{ node(id: "nonsense") { id } }`);
    expect(status).toBe(200);
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });

  it("answers /healthz, and /readyz once its database answers", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", database: "sqlite" });
  });

  it("opens Apollo Sandbox when a browser GETs /graphql", async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/embeddable-sandbox/);
  });

  it("refuses a body over 1 MB with 413 and a cross-site simple GET with 400 (CSRF prevention)", async () => {
    const big = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename }`, pad: "x".repeat(1_100_000) }),
    });
    expect(big.status).toBe(413);
    const simpleGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(simpleGet.status).toBe(400);
  });

  it("adds nothing when started a second time on the same database, and exits cleanly on SIGTERM", async () => {
    const before = (await postGraphQL(server.url, TRUMP)).body.data.statements.totalCount;
    expect(await server.stop()).toBe(0);
    server = await startServer(env);
    expect(server.output()).not.toMatch(/seeded the article/);
    expect((await postGraphQL(server.url, TRUMP)).body.data.statements.totalCount).toBe(before);
  });
});
