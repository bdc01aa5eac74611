import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect.js";
import type { Database } from "../tables/database.js";
import { toFts5Query, type SearchableType } from "./full-text.js";

export interface SearchHitRow {
  recordType: SearchableType;
  recordId: string;
  /** Higher is more relevant; comparable within one search only. */
  score: number;
  /** The best-matching passage, each match wrapped in «guillemets». */
  snippet: string;
}

/**
 * The best `limit` records of any kind for `text`, ranked (BM25 on SQLite, ts_rank on PostgreSQL),
 * each with a highlighted snippet. Deprecated statements are left out.
 * Example: `searchAll(db, "summit", 10)`.
 */
export async function searchAll(db: Kysely<Database>, text: string, limit: number): Promise<SearchHitRow[]> {
  const rows = dialectOf(db) === "postgres" ? await searchPostgres(db, text, limit) : await searchSqlite(db, text, limit);
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}

async function searchSqlite(db: Kysely<Database>, text: string, limit: number) {
  const query = toFts5Query(text);
  if (!query) return [];
  // bm25 is lower-is-better; negated so that every dialect ranks higher-is-better. Titles weigh double.
  const { rows } = await sql<SearchHitRow>`
    select record_type as "recordType", record_id as "recordId", -bm25(search_index, 0, 0, 2.0, 1.0) as score,
           snippet(search_index, -1, '«', '»', '…', 16) as snippet
    from search_index
    where search_index match ${query}
      and not (record_type = 'Statement' and record_id in (select id from statements where rank = 'DEPRECATED'))
    order by score desc, record_type, record_id
    limit ${limit}`.execute(db);
  return rows;
}

async function searchPostgres(db: Kysely<Database>, text: string, limit: number) {
  // Rank first, then build headlines for the kept hits only: ts_headline is the costly part.
  const headline = (document: string) =>
    sql.raw(`ts_headline('english', ${document}, q.q, 'StartSel=«, StopSel=», MaxWords=24, MinWords=8, HighlightAll=false')`);
  const { rows } = await sql<SearchHitRow>`
    with q as (select plainto_tsquery('english', ${text}) as q),
    hits as (
      select 'Statement' as record_type, s.id as record_id, ts_rank(s.search_vector, q.q) as score
        from statements s, q where s.search_vector @@ q.q and s.rank = 'NORMAL'
      union all
      select 'Actor', a.id, ts_rank(a.search_vector, q.q) from actors a, q where a.search_vector @@ q.q
      union all
      select 'Event', e.id, ts_rank(e.search_vector, q.q) from events e, q where e.search_vector @@ q.q
      order by score desc, record_type, record_id
      limit ${limit}
    )
    select hits.record_type as "recordType", hits.record_id as "recordId", hits.score,
      case hits.record_type
        when 'Statement' then (select ${headline("coalesce(s.quote || ' — ', '') || s.content || ' ' || coalesce(s.cue, '')")} from statements s where s.id = hits.record_id)
        when 'Actor' then (select ${headline("a.name || ' — ' || coalesce(a.description, '')")} from actors a where a.id = hits.record_id)
        else (select ${headline("e.title || ' — ' || coalesce(e.description, '')")} from events e where e.id = hits.record_id)
      end as snippet
    from hits, q
    order by hits.score desc, hits.record_type, hits.record_id`.execute(db);
  return rows;
}
