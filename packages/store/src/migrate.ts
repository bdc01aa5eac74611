import { Migrator, type Kysely } from "kysely";
import { migrationProvider } from "./migrations/index.js";

/**
 * Brings the database to the latest migration. Safe to call from several processes at once:
 * Kysely's migrator holds a lock (an advisory lock on PostgreSQL) while it runs.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}
