import { sql, type Expression, type SqlBool } from "kysely";

export interface DayRange {
  /** First day, YYYY-MM-DD, inclusive; open when absent. */
  from?: string | null;
  /** Last day, YYYY-MM-DD, inclusive; open when absent. */
  to?: string | null;
}

/**
 * True where a record's [earliest, latest] bounds overlap the range. Records with no bounds never match.
 * ISO dates compare correctly as text on every dialect.
 */
export function overlaps(earliestColumn: string, latestColumn: string, range: DayRange): Expression<SqlBool> {
  const earliest = sql.ref(earliestColumn);
  const latest = sql.ref(latestColumn);
  const from = range.from ?? "0000-01-01";
  const to = range.to ?? "9999-12-31";
  return sql<SqlBool>`(coalesce(${earliest}, ${latest}) <= ${to} and coalesce(${latest}, ${earliest}) >= ${from})`;
}

/** True when a query sets no condition at all (an empty list of ids is a condition: it matches nothing). */
export function unfiltered(query: object): boolean {
  return Object.values(query).every((value) => value == null);
}

/** An `in ()` with no values is a syntax error on some dialects; a list that can match nothing is not. */
export function emptyGuard<T extends string>(values: readonly T[]): readonly T[] {
  return values.length > 0 ? values : (["" as T] as const);
}

/** True where `column` contains `text`, case-insensitively (the column holds lower-cased text). */
export function containsText(column: string, text: string): Expression<SqlBool> {
  const pattern = `%${text.toLowerCase().replaceAll(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/**
 * True where a row was stored after the row with id `afterId` (by `createdAt`, then id): a resume point for a reader
 * who last saw that row. An unknown id matches nothing.
 */
export function storedAfter(table: "statements" | "denials", afterId: string): Expression<SqlBool> {
  const created = sql.ref(`${table}.createdAt`);
  const id = sql.ref(`${table}.id`);
  return sql<SqlBool>`(${created}, ${id}) > (select ${sql.ref("seen.createdAt")}, ${sql.ref("seen.id")} from ${sql.table(table)} as seen where ${sql.ref("seen.id")} = ${afterId})`;
}
