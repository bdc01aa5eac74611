import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type LogEvent } from "kysely";
import type { DialectName } from "./dialect.js";
import { cachingStatements } from "./statement-cache.js";
import type { Database } from "./tables/database.js";

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, with any password removed: safe to log. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connections per process (default 10). */
  poolSize?: number;
  /** Called with the text (and parameters) of every SQL query run: for tests that count queries or explain them. */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
  /** Told when an idle PostgreSQL connection breaks (the server restarted, the network dropped). */
  onIdleConnectionError?: (error: Error) => void;
}

export const DEFAULT_DATABASE_FILE = "./data/claimline.db";

/**
 * Opens the database a URL names: nothing → SQLite at `./data/claimline.db`; `file:/path/to.db`
 * (or `file::memory:`) → SQLite there; `postgres://…` → PostgreSQL.
 * Example: `const store = openDatabase(process.env.DATABASE_URL)`.
 */
export function openDatabase(url: string | undefined, options: OpenOptions = {}): Store {
  if (url && /^postgres(ql)?:\/\//.test(url)) return openPostgres(url, options);
  if (url && !url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with file: or postgres://, got "${url.split(":")[0]}:…"`);
  }
  return openSqlite(url ? url.slice("file:".length) : DEFAULT_DATABASE_FILE, options);
}

function kyselyOptions(options: OpenOptions) {
  const { onQuery } = options;
  return {
    plugins: [new CamelCasePlugin()],
    log: onQuery
      ? (event: LogEvent) => {
          if (event.level === "query") onQuery(event.query.sql, event.query.parameters);
        }
      : undefined,
  };
}

function openSqlite(file: string, options: OpenOptions): Store {
  const inMemory = file === ":memory:";
  const path = inMemory ? file : resolve(file);
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  // Opened on the first query, not here: a file that cannot be opened yet (a read-only disk, a folder not mounted)
  // fails that query with SQLITE_CANTOPEN, which the server retries like an unreachable PostgreSQL; Kysely opens
  // again on the next query after a failed attempt.
  const open = () => {
    const database = new SQLite(path);
    try {
      // Wait for other processes' locks first, so that even switching a new file to WAL waits rather than fails.
      database.pragma("busy_timeout = 5000");
      // WAL lets readers run beside the writer; NORMAL sync in WAL mode survives a process crash.
      database.pragma("journal_mode = WAL");
      database.pragma("synchronous = NORMAL");
      database.pragma("foreign_keys = ON");
      return Promise.resolve(cachingStatements(database));
    } catch (error) {
      database.close();
      throw error;
    }
  };
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: open }), ...kyselyOptions(options) });
  return { db, dialect: "sqlite", location: path, close: () => db.destroy() };
}

/** How long a new PostgreSQL connection may take before the attempt fails (a dead network never answers at all). */
const CONNECT_TIMEOUT_MS = 5_000;

function openPostgres(url: string, options: OpenOptions): Store {
  // pg is loaded with the first connection, so that a server on SQLite never pays for it at start.
  const pool = async () => {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    // An idle connection that breaks (PostgreSQL stopped, the network cut) is an 'error' on the pool; with no listener
    // Node would end the whole process. pg has already dropped that connection, and the next query reports the outage.
    pool.on("error", (error) => options.onIdleConnectionError?.(error));
    return pool;
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...kyselyOptions(options) });
  const location = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  return { db, dialect: "postgres", location, close: () => db.destroy() };
}
