import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DialectName } from "../dialect.js";
import { migrateToLatest } from "../migrate.js";
import { openDatabase, type Store } from "../open-database.js";

/** The PostgreSQL server test databases are made on: DATABASE_URL_TEST, else the local one. */
export const POSTGRES_ADMIN_URL = process.env.DATABASE_URL_TEST ?? "postgres://postgres@127.0.0.1:5432/test";

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function detectDialects(): Promise<DialectName[]> {
  if (await postgresAnswers()) return ["sqlite", "postgres"];
  if (process.env.REQUIRE_POSTGRES === "1") {
    throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL does not answer at ${POSTGRES_ADMIN_URL.replace(/:[^:@/]*@/, ":***@")}`);
  }
  console.warn(
    `\n⚠ PostgreSQL does not answer at ${POSTGRES_ADMIN_URL}: the PostgreSQL runs of these suites are SKIPPED (set DATABASE_URL_TEST to run them).\n`,
  );
  return ["sqlite"];
}

/** Every dialect that can run here: SQLite always, PostgreSQL when it answers. */
export const DIALECTS: readonly DialectName[] = await detectDialects();

export interface TestDatabase {
  store: Store;
  /** A DATABASE_URL that reaches the same database, for child processes. */
  url: string;
  /** Closes the store and removes the database. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** `false` leaves the database empty, without even the migration tables (default `true`). */
  migrate?: boolean;
}

/**
 * A fresh, migrated, empty database of its own: a temporary SQLite file, or a new PostgreSQL database
 * that `drop()` removes. Example: `const { store, drop } = await createTestDatabase("postgres")`;
 * `createTestDatabase("sqlite", { migrate: false })` for one no migration has touched.
 */
export async function createTestDatabase(dialect: DialectName, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  const name = `claimline_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "claimline-"));
    const url = `file:${join(dir, `${name}.db`)}`;
    const store = openDatabase(url);
    if (migrate) await migrateToLatest(store.db);
    return {
      store,
      url,
      drop: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  await admin(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const store = openDatabase(url.toString(), { poolSize: 5 });
  if (migrate) await migrateToLatest(store.db);
  return {
    store,
    url: url.toString(),
    drop: async () => {
      await store.close();
      await dropPostgres(name);
    },
  };
}

/**
 * Drops a test database once its connections are gone. `store.close()` resolves when the pool has *sent*
 * its goodbyes, not when PostgreSQL has ended those backends; forcing the drop at once terminates them
 * mid-goodbye, and the closing client emits an unhandled FATAL 57P01 into whichever suite is running.
 * So wait (up to 5 s) for them to go, then force whatever is left (a leaked connection, say).
 */
async function dropPostgres(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    for (const deadline = Date.now() + 5_000; Date.now() < deadline;) {
      const { rows } = await client.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
      if (rows[0]?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
