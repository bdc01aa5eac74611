/** Node's codes for a network peer that is gone, refuses, or never answers. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * PostgreSQL SQLSTATEs that mean "the server is going away or cannot take you now": class 08 (connection
 * exception) is matched by prefix; 57P01–57P03 are admin/crash shutdown and "cannot connect now" (starting up),
 * 53300 too many connections.
 */
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);

/** SQLite result codes for a database file that cannot be used right now, as opposed to a bad query. */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR)/;

/** What cannot be stored for want of space or write access: reads go on, writes are refused until it is fixed. */
export type StorageFault = "disk full" | "read-only";

/**
 * The storage fault an error reports (SQLite's SQLITE_FULL and SQLITE_READONLY*, PostgreSQL's 53100 disk full and
 * 25006 read-only transaction), or undefined for any other error.
 * Example: `storageFault(error) === "disk full"`.
 */
export function storageFault(error: unknown): StorageFault | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (code === "SQLITE_FULL" || code === "53100") return "disk full";
  if (code === "25006" || (typeof code === "string" && code.startsWith("SQLITE_READONLY"))) return "read-only";
  return error.cause !== undefined && error.cause !== error ? storageFault(error.cause) : undefined;
}

/** What pg and Kysely say when a connection dies, times out while connecting, or the pool is already closed. */
const MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|driver has already been destroyed|Cannot use a pool after calling end/i;

/**
 * True when an error means the database cannot be reached or used at the moment (stopped, restarting, network
 * gone, file locked), so a retry later may succeed; false for errors in the query itself and for storage faults
 * (`storageFault`), which refuse writes but not reads.
 * Example: `catch (error) { if (isDatabaseUnavailable(error)) answer503() else throw error }`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code) || code.startsWith("08") || SQLITE_CODES.test(code)) return true;
  }
  if (MESSAGES.test(error.message)) return true;
  // pg wraps some failures (an AggregateError when every address of a host refused, a cause on connect errors).
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return error.cause !== undefined && error.cause !== error && isDatabaseUnavailable(error.cause);
}
