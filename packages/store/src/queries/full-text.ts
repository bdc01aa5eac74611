import { sql, type Expression, type Kysely, type SelectQueryBuilder, type SqlBool } from "kysely";
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

/**
 * Adds a `relevance` column (higher is better) for `text` to a statements query, keeping only matches:
 * a join to FTS5's BM25 on SQLite, ts_rank on PostgreSQL.
 */
export function withStatementRelevance<QB extends SelectQueryBuilder<any, "statements", any>>(db: Kysely<any>, qb: QB, text: string): QB {
  if (dialectOf(db) === "postgres") {
    return qb.select(
      sql<number>`ts_rank(${sql.ref("statements.searchVector")}, plainto_tsquery('english', ${text}))`.as("relevance"),
    ) as QB;
  }
  const hits = sql`(select record_id, -bm25(search_index, 0, 0, 2.0, 1.0) as relevance from search_index
    where search_index match ${toFts5Query(text) || '""'} and record_type = 'Statement')`.as("hits");
  return (qb as SelectQueryBuilder<any, "statements", any>)
    .innerJoin(hits, (join) => join.onRef(sql.ref("hits.record_id") as never, "=", "statements.id"))
    .select(sql.ref("hits.relevance").as("relevance")) as unknown as QB;
}
