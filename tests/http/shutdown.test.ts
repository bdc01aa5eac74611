// SIGTERM with a large response in flight to a slow reader: the response arrives whole, /readyz says 503 from the
// signal on (new connections are refused), and the process exits 0; a response that would take longer than
// SHUTDOWN_TIMEOUT_MS is cut and the process exits 1.
import { request, type IncomingMessage } from "node:http";
import { importDocument, seedArticle } from "@claimline/store";
import { createTestDatabase, type TestDatabase } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopWithin } from "../support/processes.js";
import { paddedDocument } from "../support/source-document.js";
import { startServer, type RunningServer } from "../support/start-server.js";

/** Six sources of 900,000 characters (a source holds at most 1,000,000): a 5.4 MB answer. */
const SOURCES = 6;
const PADDING_CHARACTERS = 900_000;
const LARGE = JSON.stringify({ query: `{ sources(first: 10) { nodes { id text } } }` });

/** POSTs the large query and resolves with the response as soon as its headers arrive, unread. */
function startLargeRequest(url: string): Promise<IncomingMessage> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: "/graphql", method: "POST", headers: { "content-type": "application/json" } }, resolve)
      .on("error", reject)
      .end(LARGE);
  });
}

/** Reads a response a chunk at a time with a pause after each, as a client on a slow line would. */
async function readSlowly(response: IncomingMessage, pauseMs: number): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) {
    chunks.push(chunk as Buffer);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Until the process exits, asks /readyz every 25 ms (reusing an open connection if fetch has one); returns the status codes (0: refused). */
async function probeReadiness(server: RunningServer): Promise<number[]> {
  const seen: number[] = [];
  while (server.process.exitCode === null && server.process.signalCode === null) {
    // The body is read so that fetch can use the connection again.
    seen.push(
      await fetch(`${server.url}/readyz`).then(
        async (r) => (await r.text(), r.status),
        () => 0,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return seen;
}

describe("SIGTERM while a 5.4 MB response is on its way to a slow client (SQLite)", () => {
  let database: TestDatabase;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await seedArticle(database.store.db);
    for (let i = 0; i < SOURCES; i++) {
      await importDocument(database.store.db, paddedDocument(`long${i}`, PADDING_CHARACTERS));
    }
  });
  afterAll(async () => {
    await stopWithin(server);
    await database.drop();
  });

  it("finishes the response, answers /readyz with 503 from the signal on, and exits 0", async () => {
    server = await startServer({ DATABASE_URL: database.url, RATE_LIMIT_CAPACITY: "0" });
    const response = await startLargeRequest(server.url);
    expect(response.statusCode).toBe(200);
    // Not read yet: more than the sockets' buffers hold stays with the server, in flight.
    response.pause();
    // A load balancer's health check, on a kept-alive connection.
    const ready = await fetch(`${server.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready", database: "sqlite" }]);
    const exited = new Promise<number | null>((resolve) => server!.process.once("exit", (code) => resolve(code)));
    server.process.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [readiness, body] = await Promise.all([probeReadiness(server), readSlowly(response, 10)]);

    const sources = JSON.parse(body).data.sources.nodes;
    expect(sources).toHaveLength(SOURCES + 1);
    expect(sources.filter((s: any) => s.text.length > PADDING_CHARACTERS)).toHaveLength(SOURCES);
    expect(body.length).toBeGreaterThan(5_400_000);
    // 503 on the open connection (which then closes); new connections are refused (0).
    expect(readiness[0]).toBe(503);
    expect(readiness.filter((status) => status !== 503 && status !== 0)).toEqual([]);
    expect(await exited).toBe(0);
    expect(server.output()).toMatch(/closed cleanly/);
  });

  it("cuts a response still not read when SHUTDOWN_TIMEOUT_MS has passed, and exits 1", async () => {
    server = await startServer({ DATABASE_URL: database.url, RATE_LIMIT_CAPACITY: "0", SHUTDOWN_TIMEOUT_MS: "1000" });
    const response = await startLargeRequest(server.url);
    const exited = new Promise<number | null>((resolve) => server!.process.once("exit", (code) => resolve(code)));
    const started = Date.now();
    server.process.kill("SIGTERM");
    // A client that has stopped reading: the server cannot write the rest out.
    response.pause();
    expect(await exited).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(5_000);
    const read = await readSlowly(response, 0).then(
      () => "complete",
      () => "cut",
    );
    expect(read).toBe("cut");
    expect(server.output()).toMatch(/shutdown deadline passed/);
  });
});
