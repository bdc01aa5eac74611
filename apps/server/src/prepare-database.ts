import { isDatabaseUnavailable, migrateToLatest, seedArticle, storageFault, type Store } from "@claimline/store";
import { describe, FIRST_RETRY_MS, MAX_RETRY_MS } from "./database-health.js";

export interface PrepareLog {
  warn(details: object, message: string): void;
}

/**
 * Migrates the database and seeds the article, waiting for the database as long as it takes: while it cannot be
 * reached or written (a read-only file, a full disk), one line per attempt says so and the next try comes after a growing pause (250 ms doubling to 5 s).
 * Any other failure (a wrong password, a failed migration) is thrown at once.
 * Example: `const seeded = await prepareDatabase(store, app.log)`.
 */
export async function prepareDatabase(store: Store, log: PrepareLog): Promise<Awaited<ReturnType<typeof seedArticle>>> {
  for (let attempt = 1, delay = FIRST_RETRY_MS; ; attempt++, delay = Math.min(delay * 2, MAX_RETRY_MS)) {
    try {
      await migrateToLatest(store.db);
      return await seedArticle(store.db);
    } catch (error) {
      const fault = storageFault(error);
      if (!fault && !isDatabaseUnavailable(error)) throw error;
      const what = fault ? `database ${fault}` : "database unreachable";
      log.warn({ database: store.location, attempt }, `${what} (${describe(error)}); retrying in ${delay} ms`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
