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
