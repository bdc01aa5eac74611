import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from "kysely";
import type { SearchableType } from "../domain/enums.js";
import type { Database } from "../tables/database.js";
import { terms as termsOf } from "./analyzer.js";
import { ALL_DOCUMENTS } from "./index-records.js";

/** A user's search text, analysed and weighed against the index: what every text filter and search runs on. */
export interface TextMatch {
  terms: string[];
  /** Each term's rarity (BM25 idf × 1000); null when some term occurs nowhere, so nothing can match. */
  idf: Map<string, number> | null;
  /** The terms from rarest (fewest records) to commonest: the first is the one to read postings of. */
  rarestFirst: string[];
  /** How many records of any type hold the rarest term, and how many records are indexed. */
  rarestDocuments: number;
  allDocuments: number;
}

/**
 * Analyses `text` the way records are indexed and reads how rare each term is (one query).
 * Example: `await matchText(db, "private conversations")` → terms `["privat", "convers"]` with their weights.
 */
export async function matchText(db: Kysely<Database>, text: string): Promise<TextMatch> {
  const terms = termsOf(text);
  if (terms.length === 0) return { terms, idf: null, rarestFirst: [], rarestDocuments: 0, allDocuments: 0 };
  const rows = await db
    .selectFrom("searchStats")
    .select(["term", "documents"])
    .where("term", "in", [...terms, ALL_DOCUMENTS])
    .execute();
  const documents = new Map(rows.map((r) => [r.term, r.documents]));
  const total = documents.get(ALL_DOCUMENTS) ?? 0;
  const df = (term: string) => documents.get(term) ?? 0;
  const rarestFirst = [...terms].sort((a, b) => df(a) - df(b) || (a < b ? -1 : a > b ? 1 : 0));
  const rarestDocuments = df(rarestFirst[0] ?? "");
  if (rarestDocuments === 0) return { terms, idf: null, rarestFirst, rarestDocuments, allDocuments: total };
  const idf = new Map(terms.map((t) => [t, idfOf(df(t), total)]));
  return { terms, idf, rarestFirst, rarestDocuments, allDocuments: total };
}

/** BM25 rarity of a term found in `df` of `total` records, × 1000 and rounded (an integer on every dialect). */
export function idfOf(df: number, total: number): number {
  return Math.round(1000 * Math.log(1 + (total - df + 0.5) / (df + 0.5)));
}

/**
 * Records of `type` containing every term, with a relevance `score` (higher is better), as a subquery with
 * columns `record_id` and `score`. Scores are integers, so both dialects rank identically.
 */
export function scoredMatches(match: TextMatch, type: SearchableType): RawBuilder<{ recordId: string; score: number }> {
  const { idf } = match;
  if (!idf) return sql`(select '' as record_id, 0 as score where 1 = 0)`;
  // One term ranks by its weight alone (× idf, the same for every record, changes no order): a plain column, so a
  // page reads index `search_terms_by_weight` in order and stops instead of scoring every record first.
  const [only] = match.terms;
  if (match.terms.length === 1 && only !== undefined && (idf.get(only) ?? 0) > 0) {
    return sql`(select record_id, weight as score from search_terms where record_type = ${type} and term = ${only})`;
  }
  // Several: the rarest term's postings, each joined to the others' by primary key (no grouping, which PostgreSQL
  // without statistics re-ran for every row), scored `sum(weight × idf)` exactly in 64-bit integers.
  const [rarest = "", ...others] = match.rarestFirst;
  const alias = (t: number) => sql.id(`p${t}`);
  const joins = others.map(
    (term, t) =>
      sql`join search_terms ${alias(t + 1)} on ${sql.ref(`p${t + 1}.term`)} = ${term} and ${sql.ref(`p${t + 1}.record_type`)} = p0.record_type and ${sql.ref(`p${t + 1}.record_id`)} = p0.record_id`,
  );
  const parts = match.rarestFirst.map((term, t) => sql`cast(${sql.ref(`p${t}.weight`)} as bigint) * ${sql.lit(idf.get(term) ?? 0)}`);
  return sql`(select p0.record_id, ${sql.join(parts, sql` + `)} as score
    from search_terms p0 ${sql.join(joins, sql` `)}
    where p0.record_type = ${type} and p0.term = ${rarest})`;
}

/**
 * True where the record `idColumn` names (of `type`) holds every term, for a query that stops after `wanted` matches.
 * It either reads the rarest term's postings first (`record_id in …`) and checks the other terms by primary key, or
 * checks every term by primary key as the list walks its own index, whichever reads fewer rows (`readsPostingsFirst`):
 * so the cost follows the rarest term or the page, never the sum of all terms' postings.
 * Example: `holdsEveryTerm(match, "Statement", "statements.id", 21)`.
 */
export function holdsEveryTerm(match: TextMatch, type: SearchableType, idColumn: string, wanted: number): Expression<SqlBool> {
  if (!match.idf) return sql<SqlBool>`1 = 0`;
  const id = sql.ref(idColumn);
  const holds = (term: string) =>
    sql<SqlBool>`exists (select 1 from search_terms where term = ${term} and record_type = ${type} and record_id = ${id})`;
  const [rarest = "", ...others] = match.rarestFirst;
  if (!readsPostingsFirst(match, wanted)) return sql<SqlBool>`(${sql.join(match.rarestFirst.map(holds), sql` and `)})`;
  const first = sql<SqlBool>`${id} in (select record_id from search_terms where term = ${rarest} and record_type = ${type})`;
  return sql<SqlBool>`(${sql.join([first, ...others.map(holds)], sql` and `)})`;
}

/**
 * Whether a text filter reads the rarest term's postings first: `df` of them (all read, then sorted), against walking
 * the list in its own order, which finds `wanted` matches after about `wanted × records / df` rows. A count wants
 * every match, so it always reads the postings.
 */
export function readsPostingsFirst(match: TextMatch, wanted: number): boolean {
  return match.rarestDocuments ** 2 <= wanted * match.allDocuments;
}
