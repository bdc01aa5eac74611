import type SQLite from "better-sqlite3";

/** Distinct SQL texts kept prepared per connection; Claimline issues a few hundred shapes. */
const MAX_STATEMENTS = 1_000;

/**
 * The connection with `prepare` remembering each SQL text's statement: Kysely prepares every query anew, which took
 * a tenth of the server's CPU under load. Kysely runs one query at a time on the connection and never streams
 * here, so a statement is never busy when it is reused. Oldest entries go first once the cache is full.
 */
export function cachingStatements(database: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = database.prepare.bind(database);
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property !== "prepare") {
        const value = Reflect.get(target, property, receiver) as unknown;
        // Native methods check their receiver: call them on the connection itself, not on the proxy.
        return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      }
      return (source: string) => {
        let statement = cache.get(source);
        if (!statement) {
          statement = prepare(source);
          const oldest = cache.size >= MAX_STATEMENTS ? cache.keys().next().value : undefined;
          if (oldest !== undefined) cache.delete(oldest);
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}
