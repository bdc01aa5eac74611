import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
import { dialectOf } from "../dialect.js";

export type SearchableType = "Statement" | "Actor" | "Event";

const tables: Record<SearchableType, string> = { Statement: "statements", Actor: "actors", Event: "events" };

/**
 * Words of a user's text as an FTS5 query that matches all of them: punctuation can never be a syntax error.
 * Example: `Trump's "summit"` → `"trump" "s" "summit"`.
 */
export function toFts5Query(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `"${word}"`).join(" ");
}

/** True where the record's text contains every word of `text` (stemmed): FTS5 on SQLite, tsvector on PostgreSQL. */
export function matchesText(db: Kysely<any>, type: SearchableType, text: string): Expression<SqlBool> {
  const table = tables[type];
  if (dialectOf(db) === "postgres") {
    return sql<SqlBool>`${sql.ref(`${table}.searchVector`)} @@ plainto_tsquery('english', ${text})`;
  }
  const query = toFts5Query(text);
  if (!query) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(`${table}.id`)} in (select record_id from search_index where search_index match ${query} and record_type = ${type})`;
}
