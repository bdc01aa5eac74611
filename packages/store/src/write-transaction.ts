import { sql, type Kysely } from "kysely";
import { dialectOf } from "./dialect.js";

/** How long a SQLite writer waits for another process's write lock before it gives up. */
const SQLITE_LOCK_WAIT_MS = 60_000;

/**
 * Runs `work` in one transaction that holds the right to write from its first statement: all of it commits or none.
 * On PostgreSQL an ordinary transaction. On SQLite `BEGIN IMMEDIATE`, retried while another process holds the write
 * lock: a deferred transaction that reads first and writes later cannot be waited for (SQLite answers SQLITE_BUSY at
 * once, since two such readers upgrading would deadlock) — with 4 concurrent migrators or seeders, 7 runs in 20 failed.
 */
export async function writeTransaction<DB, T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (dialectOf(db) === "postgres") return db.transaction().execute(work);
  return db.connection().execute(async (conn) => {
    await beginImmediate(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}

/** BEGIN IMMEDIATE, retried while another process holds the write lock (busy_timeout alone waits only 5 s). */
async function beginImmediate<DB>(conn: Kysely<DB>): Promise<void> {
  const deadline = Date.now() + SQLITE_LOCK_WAIT_MS;
  for (;;) {
    try {
      await sql`begin immediate`.execute(conn);
      return;
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const busy = typeof code === "string" && code.startsWith("SQLITE_BUSY");
      if (!busy || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}
