import type { DialectName } from "@claimline/store";
import { seedArticle } from "@claimline/store";
import { createTestDatabase, type TestDatabase } from "@claimline/store/testing";
import { expect } from "vitest";
import { createContext, createServer, type ClaimlineServer, type ServerDeps } from "../src/index.js";

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
}

export interface Harness {
  database: TestDatabase;
  server: ClaimlineServer;
  /** Runs one operation through Apollo with a fresh per-request context; returns data and errors. */
  run(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  /** POSTs one operation through the whole HTTP stack (Fastify's inject: no socket); returns status, headers and JSON. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpAnswer>;
  close(): Promise<void>;
}

/**
 * A server over its own freshly seeded database of the given dialect, driven through `executeOperation` or HTTP;
 * `deps` overrides the server's settings (limits, deadline, rate limits, …).
 */
export async function createHarness(dialect: DialectName, deps: Omit<ServerDeps, "store"> = {}): Promise<Harness> {
  const database = await createTestDatabase(dialect);
  await seedArticle(database.store.db);
  const server = await createServer({ store: database.store, ...deps });
  return {
    database,
    server,
    async run(query, variables) {
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createContext(database.store) });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      const { data, errors } = response.body.singleResult;
      return { data: (data ?? undefined) as never, errors: errors as never };
    },
    async post(query, variables, headers = {}) {
      const response = await server.app.inject({
        method: "POST",
        url: "/graphql",
        headers: { "content-type": "application/json", ...headers },
        payload: JSON.stringify({ query, variables }),
      });
      return { status: response.statusCode, headers: response.headers, body: JSON.parse(response.body) };
    },
    async close() {
      await server.app.close();
      await database.drop();
    },
  };
}

/** The list, after checking it has items: a loop of assertions over an empty list would pass without checking anything. */
export function nonEmpty<List extends readonly unknown[]>(items: List): List {
  expect(items.length, "a list the test expected to hold items is empty").toBeGreaterThan(0);
  return items;
}
