import { sql, type Kysely } from "kysely";
import type { SearchableType } from "../domain/enums.js";
import type { Database } from "../tables/database.js";
import { searchableDocuments } from "./searchable.js";
import { snippet } from "./snippet.js";
import { matchText, postingScore, score } from "./text-match.js";

export interface SearchHitRow {
  recordType: SearchableType;
  recordId: string;
  /** Higher is more relevant; comparable within one search only. */
  score: number;
  /** The passage that matched, each matching word wrapped in «guillemets». */
  snippet: string;
}

/**
 * The best `limit` records of any kind containing every term of `text`, most relevant first (ties by type and id),
 * each with a highlighted snippet. Deprecated statements are left out. The same ranking on every dialect.
 * Example: `searchAll(db, "summit", 10)`.
 */
export async function searchAll(db: Kysely<Database>, text: string, limit: number): Promise<SearchHitRow[]> {
  const match = await matchText(db, text);
  if (!match.idf) return [];
  // One term has one posting per record (the primary key), which is its whole score: no grouping, so the database
  // keeps only the best `limit` while it reads the postings (a top-N sort) instead of grouping all of them first.
  const single = match.terms.length === 1;
  const { rows } = await sql<{ recordType: SearchableType; recordId: string; score: number | string }>`
    select record_type as "recordType", record_id as "recordId", ${single ? postingScore(match.idf) : score(match.idf)} as score
    from search_terms
    where term in (${sql.join(match.terms)})
      and not (record_type = 'Statement' and record_id in (select id from statements where rank = 'DEPRECATED'))
    ${single ? sql`` : sql`group by record_type, record_id having count(*) = ${match.terms.length}`}
    order by score desc, record_type, record_id
    limit ${limit}`.execute(db);
  const fieldsOf = new Map<string, Awaited<ReturnType<typeof searchableDocuments>>[number]["fields"]>();
  const types = [...new Set(rows.map((r) => r.recordType))];
  for (const type of types) {
    const docs = await searchableDocuments(
      db,
      type,
      rows.filter((r) => r.recordType === type).map((r) => r.recordId),
    );
    docs.forEach((d) => fieldsOf.set(`${type}:${d.recordId}`, d.fields));
  }
  return rows.map((r) => ({
    recordType: r.recordType,
    recordId: r.recordId,
    score: Number(r.score),
    snippet: snippet(fieldsOf.get(`${r.recordType}:${r.recordId}`) ?? [], match.terms),
  }));
}
