// Property-based fuzzing of the production server process, on both dialects: operations generated from the schema,
// mutated query strings, arbitrary variables and arbitrary bodies. Whatever comes in: never a 5xx, always a JSON
// body, never a stack trace, never "Did you mean". INTERNAL errors (bugs, but not leaks) are counted and printed.
import { seedArticle } from "@claimline/store";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mutatedOperation, rawBody, validOperation, variablesRequest } from "../support/fuzz-operations.js";
import { startServer, type RunningServer } from "../support/start-server.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const STACK = /stacktrace|\n\s+at |\bat [\w.<>]+ \(|\.(ts|js|mjs):\d+/;

for (const dialect of DIALECTS) {
  describe(`${dialect}: fuzzing the server process`, () => {
    let database: TestDatabase;
    let server: RunningServer;
    const internal: string[] = [];
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      await seedArticle(database.store.db);
      server = await startServer({ DATABASE_URL: database.url, NODE_ENV: "production", RATE_LIMIT_CAPACITY: "0" });
    });
    afterAll(async () => {
      if (internal.length)
        console.warn(`${dialect}: ${internal.length} INTERNAL errors while fuzzing, e.g.\n  ${internal.slice(0, 5).join("\n  ")}`);
      await server?.stop();
      await database?.drop();
    });

    /** POSTs `body` and checks what any client may rely on. */
    const sendAndCheck = async (body: string, contentType: string | undefined = "application/json") => {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: contentType ? { "content-type": contentType } : {},
        body,
      });
      const text = await response.text();
      const context = `${response.status} for ${body.slice(0, 300)}\n→ ${text.slice(0, 300)}`;
      expect(response.status, context).toBeLessThan(500);
      expect(response.headers.get("content-type"), context).toMatch(/^application\/(graphql-response\+)?json/);
      const json = JSON.parse(text);
      expect(json.data !== undefined || Array.isArray(json.errors), context).toBe(true);
      expect(text, context).not.toMatch(STACK);
      expect(text, context).not.toMatch(/Did you mean/);
      for (const error of json.errors ?? []) if (error.extensions?.code === "INTERNAL") internal.push(body.slice(0, 200));
    };

    it(`answers ${RUNS} operations generated from the schema`, async () => {
      await fc.assert(
        fc.asyncProperty(validOperation, (query) => sendAndCheck(JSON.stringify({ query }))),
        { numRuns: RUNS },
      );
    });

    it(`answers ${RUNS} mutated query strings`, async () => {
      await fc.assert(
        fc.asyncProperty(mutatedOperation, (query) => sendAndCheck(JSON.stringify({ query }))),
        { numRuns: RUNS },
      );
    });

    it(`answers ${RUNS} operations with arbitrary variables`, async () => {
      await fc.assert(
        fc.asyncProperty(variablesRequest, (request) => sendAndCheck(JSON.stringify(request))),
        { numRuns: RUNS },
      );
    });

    it(`answers ${RUNS} arbitrary bodies under assorted content types`, async () => {
      await fc.assert(
        fc.asyncProperty(rawBody, ({ body, contentType }) => sendAndCheck(body, contentType)),
        { numRuns: RUNS },
      );
      expect(server.process.exitCode).toBeNull();
    });
  });
}
