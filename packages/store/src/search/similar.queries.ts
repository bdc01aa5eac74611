import { sql, type Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import { terms as termsOf } from "./analyzer.js";
import { ALL_DOCUMENTS } from "./index-records.js";
import { idfOf } from "./text-match.js";

/** What to find statements like: a stored statement (its words, speaker, subjects and occasion), or a text. */
export type SimilarTo = { statementId: string } | { text: string };

export interface SimilarStatementRow {
  statementId: string;
  /** 0–1, higher is more alike; comparable across queries (see `similarStatements`). */
  score: number;
}

/** The query's most telling terms that pick candidates (all its terms still count in the score). */
const PICKING_TERMS = 30;
/** Candidates scored in full: the best by shared terms. */
const CANDIDATES = 100;
/** How a statement's score is made: its words (cosine of TF-IDF vectors), and what it shares with the query. */
export const SIMILARITY_WEIGHTS = { words: 0.7, speaker: 0.1, about: 0.15, occasion: 0.05 } as const;
const IN_CHUNK = 1_000;

/** One "more like this" request of a batch: what to find statements like, and how many. */
export interface SimilarRequest {
  like: SimilarTo;
  limit: number;
}

/**
 * Statements that say what a statement (or a text) says, most alike first, without deprecated ones and without the
 * statement itself. "More like this" over the portable search index, the same on every dialect: candidates share
 * the query's rarest, most weighted terms; each is scored by the cosine of the two TF-IDF vectors (words of the
 * content, quote and cue, and the names of speaker and subjects, as indexed), and — when the query is a
 * statement — by sharing its speaker, its subjects (Jaccard) and its occasion, weighed as in SIMILARITY_WEIGHTS.
 * A text query is scored by its words alone. Returns up to `limit` rows, and whether more candidates were left.
 * Example: `await similarStatements(db, { statementId: "trump-admits-direct-conversations" }, 5)`.
 */
export async function similarStatements(
  db: Kysely<Database>,
  like: SimilarTo,
  limit: number,
): Promise<{ rows: SimilarStatementRow[]; hasMore: boolean }> {
  const [answer] = await similarStatementsBatch(db, [{ like, limit }]);
  return answer ?? { rows: [], hasMore: false };
}

/**
 * `similarStatements` for many requests at once, in a number of queries that does not grow with their count (each
 * step reads what every request needs in one query, `IN_CHUNK` ids at a time; candidates are picked by one query
 * of UNION ALL branches, one per request). Answers in the requests' order.
 */
export async function similarStatementsBatch(
  db: Kysely<Database>,
  requests: readonly SimilarRequest[],
): Promise<{ rows: SimilarStatementRow[]; hasMore: boolean }[]> {
  const selves = requests.map(({ like }) => ("statementId" in like ? like.statementId : null));
  const queried = [...new Set(selves.filter((id): id is string => id != null))];
  const own = await termWeights(db, queried);
  const weights = requests.map(({ like }, i) =>
    "text" in like ? new Map(termsOf(like.text).map((term) => [term, 1000])) : (own.get(selves[i] ?? "") ?? new Map<string, number>()),
  );
  const rarity = await idfs(db, [...new Set(weights.flatMap((w) => [...w.keys()]))]);
  const queries = weights.map((w) => weigh(w, rarity));
  const picked = await pickCandidates(db, queries, selves);
  const allCandidates = [...new Set([...picked.values()].flat())];
  const postings = await termWeights(db, allCandidates);
  const allRarity = await idfs(db, [...new Set([...postings.values()].flatMap((v) => [...v.keys()]))]);
  const shared = await sharedContext(db, queried, allCandidates);

  return requests.map(({ limit }, i) => {
    const candidates = picked.get(i) ?? [];
    const self = selves[i];
    const rows = candidates.map((id) => {
      const words = cosine(queries[i] ?? new Map<string, number>(), weigh(postings.get(id) ?? new Map<string, number>(), allRarity));
      if (self == null) return { statementId: id, score: round(words) };
      const w = SIMILARITY_WEIGHTS;
      const score =
        w.words * words + w.speaker * shared.speaker(self, id) + w.about * shared.about(self, id) + w.occasion * shared.occasion(self, id);
      return { statementId: id, score: round(score) };
    });
    rows.sort((a, b) => b.score - a.score || (a.statementId < b.statementId ? -1 : 1));
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
  });
}

/** Each statement's indexed terms and their weights, `IN_CHUNK` statements a query. */
async function termWeights(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>(ids.map((id) => [id, new Map()]));
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const rows = await db
      .selectFrom("searchTerms")
      .select(["recordId", "term", "weight"])
      .where("recordType", "=", "Statement")
      .where("recordId", "in", ids.slice(i, i + IN_CHUNK))
      .execute();
    for (const r of rows) out.get(r.recordId)?.set(r.term, r.weight);
  }
  return out;
}

/**
 * Each query's candidates (by its index): the statements sharing most of its rarest, most weighted terms. One query,
 * a UNION ALL branch per non-empty query vector with its own ORDER BY and LIMIT.
 */
async function pickCandidates(
  db: Kysely<Database>,
  queries: readonly Map<string, number>[],
  selves: readonly (string | null)[],
): Promise<Map<number, string[]>> {
  const branches = queries.flatMap((query, n) => {
    if (query.size === 0) return [];
    const picking = [...query].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PICKING_TERMS);
    const cases = picking.map(([term, w]) => sql`when ${term} then ${sql.lit(Math.round(w / 1000))}`);
    return [
      sql`select * from (
        select ${sql.lit(n)} as request, record_id as "recordId" from search_terms
        where record_type = 'Statement' and term in (${sql.join(picking.map(([term]) => term))})
          and record_id <> ${selves[n] ?? ""}
          and record_id not in (select id from statements where rank = 'DEPRECATED')
        group by record_id
        order by sum(cast(weight as bigint) * case term ${sql.join(cases, sql` `)} end) desc, record_id
        limit ${CANDIDATES}) as ${sql.raw(`request_${n}`)}`,
    ];
  });
  const picked = new Map<number, string[]>();
  if (branches.length === 0) return picked;
  const { rows } = await sql<{ request: number | string; recordId: string }>`${sql.join(branches, sql` union all `)}`.execute(db);
  for (const row of rows) {
    const n = Number(row.request);
    picked.set(n, [...(picked.get(n) ?? []), row.recordId]);
  }
  return picked;
}

/** Each term's BM25 rarity (× 1000); terms no record holds are left out. */
async function idfs(db: Kysely<Database>, terms: readonly string[]): Promise<Map<string, number>> {
  const documents = new Map<string, number>();
  const wanted = [ALL_DOCUMENTS, ...terms];
  for (let i = 0; i < wanted.length; i += IN_CHUNK) {
    const rows = await db
      .selectFrom("searchStats")
      .select(["term", "documents"])
      .where("term", "in", wanted.slice(i, i + IN_CHUNK))
      .execute();
    for (const r of rows) documents.set(r.term, r.documents);
  }
  const total = documents.get(ALL_DOCUMENTS) ?? 0;
  return new Map(terms.flatMap((t) => (documents.get(t) ? [[t, idfOf(documents.get(t) ?? 0, total)] as const] : [])));
}

/** A record's TF-IDF vector: each term's weight times its rarity. */
function weigh(weights: Map<string, number>, rarity: Map<string, number>): Map<string, number> {
  const vector = new Map<string, number>();
  for (const [term, weight] of weights) {
    const idf = rarity.get(term);
    if (idf) vector.set(term, weight * idf);
  }
  return vector;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [term, x] of a) dot += x * (b.get(term) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** What each candidate shares with a query statement: its speaker (0/1), its subjects (Jaccard), its occasion (0/1). */
async function sharedContext(db: Kysely<Database>, selves: readonly string[], candidates: readonly string[]) {
  const ids = [...new Set([...selves, ...candidates])];
  const byId = new Map<string, { speakerId: string; occasionId: string | null }>();
  const subjects = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const chunk = ids.slice(i, i + IN_CHUNK);
    const statements = await db.selectFrom("statements").select(["id", "speakerId", "occasionId"]).where("id", "in", chunk).execute();
    for (const s of statements) byId.set(s.id, s);
    const about = await db.selectFrom("statementAbout").select(["statementId", "actorId"]).where("statementId", "in", chunk).execute();
    for (const a of about) subjects.get(a.statementId)?.add(a.actorId);
  }
  return {
    speaker: (self: string, id: string) => (byId.has(self) && byId.get(id)?.speakerId === byId.get(self)?.speakerId ? 1 : 0),
    occasion: (self: string, id: string) => {
      const mine = byId.get(self)?.occasionId;
      return mine != null && byId.get(id)?.occasionId === mine ? 1 : 0;
    },
    about: (self: string, id: string) => {
      const myAbout = subjects.get(self) ?? new Set<string>();
      const theirs = subjects.get(id) ?? new Set<string>();
      const union = new Set([...myAbout, ...theirs]).size;
      return union === 0 ? 0 : [...myAbout].filter((a) => theirs.has(a)).length / union;
    },
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
