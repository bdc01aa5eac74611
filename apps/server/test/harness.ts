import type { DialectName } from "@claimline/store";
import { seedArticle } from "@claimline/store";
import { createTestDatabase, type TestDatabase } from "@claimline/store/testing";
import { expect } from "vitest";
import { createContext, createServer, type ClaimlineServer } from "../src/index.js";

export interface Harness {
  database: TestDatabase;
  server: ClaimlineServer;
  /** Runs one operation through Apollo with a fresh per-request context; returns data and errors. */
  run(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** A server over its own freshly seeded database of the given dialect, driven through `executeOperation`. */
export async function createHarness(dialect: DialectName): Promise<Harness> {
  const database = await createTestDatabase(dialect);
  await seedArticle(database.store.db);
  const server = await createServer({ store: database.store });
  return {
    database,
    server,
    async run(query, variables) {
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createContext(database.store) });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      const { data, errors } = response.body.singleResult;
      return { data: (data ?? undefined) as never, errors: errors as never };
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
