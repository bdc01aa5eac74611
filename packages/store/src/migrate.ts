import { Migrator, sql, type Kysely } from "kysely";
import { dialectOf } from "./dialect.js";
import { migrationProvider } from "./migrations/index.js";

/** How long a SQLite migrator waits for another process's write lock before it gives up. */
const SQLITE_LOCK_WAIT_MS = 60_000;

/**
 * Brings the database to the latest migration and returns the names it applied. Safe to call from
 * several processes at once: on PostgreSQL Kysely's migrator runs in one transaction under an
 * advisory lock; on SQLite the whole run holds the database's write lock (see `withSqliteWriteLock`).
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  if (dialectOf(db) === "sqlite") return withSqliteWriteLock(db, runMigrator);
  return runMigrator(db);
}

async function runMigrator(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/**
 * Kysely's SQLite migration lock is a no-op (it assumes one process owns the file) and it runs SQLite
 * migrations outside any transaction, so two processes starting on a fresh file both see nothing
 * applied and the second fails with `table "sources" already exists` — 7 runs in 20 did, with 4
 * processes. `BEGIN IMMEDIATE` takes the write lock before the migrator reads what is applied: the
 * others wait, then find nothing to do. SQLite's DDL is transactional, so a failed run also rolls back whole.
 */
async function withSqliteWriteLock<T>(db: Kysely<any>, run: (db: Kysely<any>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await beginImmediate(conn);
    try {
      const result = await run(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/** BEGIN IMMEDIATE, retried while another process holds the write lock (busy_timeout alone waits only 5 s). */
async function beginImmediate(conn: Kysely<any>): Promise<void> {
  const deadline = Date.now() + SQLITE_LOCK_WAIT_MS;
  for (;;) {
    try {
      await sql`begin immediate`.execute(conn);
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code?.startsWith("SQLITE_BUSY");
      if (!busy || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}
