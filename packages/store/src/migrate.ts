import { Migrator, type Kysely } from "kysely";
import { dialectOf } from "./dialect.js";
import { migrationProvider } from "./migrations/index.js";
import { writeTransaction } from "./write-transaction.js";

/**
 * Brings the database to the latest migration and returns the names it applied. Safe to call from
 * several processes at once: on PostgreSQL Kysely's migrator runs in one transaction under an
 * advisory lock. Kysely's SQLite lock is a no-op (it assumes one process owns the file) and runs SQLite
 * migrations outside any transaction, so there the whole run holds the write lock instead (`writeTransaction`):
 * other migrators wait, then find nothing to do; SQLite's DDL is transactional, so a failed run rolls back whole.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  if (dialectOf(db) === "sqlite") return writeTransaction(db, runMigrator);
  return runMigrator(db);
}

async function runMigrator(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}
