import { Migrator, sql, type Kysely } from "kysely";
import { dialectOf } from "./dialect.js";
import { migrationProvider } from "./migrations/index.js";
import type { Database } from "./tables/database.js";
import { writeTransaction } from "./write-transaction.js";

/**
 * Brings the database to the latest migration and returns the names it applied. Safe to call from
 * several processes at once: on PostgreSQL Kysely's migrator runs in one transaction under an
 * advisory lock. Kysely's SQLite lock is a no-op (it assumes one process owns the file) and runs SQLite
 * migrations outside any transaction, so there the whole run holds the write lock instead (`writeTransaction`):
 * other migrators wait, then find nothing to do; SQLite's DDL is transactional, so a failed run rolls back whole.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  if (dialectOf(db) === "postgres") return runMigrator(db);
  // SQLite rebuilds a table to change its constraints, which needs foreign keys off for the run (they cannot be
  // switched inside a transaction); each such migration checks them itself before it commits.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    return await writeTransaction(db, runMigrator);
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function runMigrator(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}
