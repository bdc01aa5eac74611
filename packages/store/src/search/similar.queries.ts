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
  const self = "statementId" in like ? like.statementId : null;
  const weights =
    self == null
      ? new Map(termsOf("text" in like ? like.text : "").map((term) => [term, 1000]))
      : new Map(
          (
            await db
              .selectFrom("searchTerms")
              .select(["term", "weight"])
              .where("recordType", "=", "Statement")
              .where("recordId", "=", self)
              .execute()
          ).map((r) => [r.term, r.weight]),
        );
  const rarity = await idfs(db, [...weights.keys()]);
  const query = weigh(weights, rarity);
  if (query.size === 0) return { rows: [], hasMore: false };

  const picking = [...query].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PICKING_TERMS);
  const cases = picking.map(([term, w]) => sql`when ${term} then ${sql.lit(Math.round(w / 1000))}`);
  const { rows: picked } = await sql<{ recordId: string }>`
    select record_id as "recordId" from search_terms
    where record_type = 'Statement' and term in (${sql.join(picking.map(([term]) => term))})
      and record_id <> ${self ?? ""}
      and record_id not in (select id from statements where rank = 'DEPRECATED')
    group by record_id
    order by sum(cast(weight as bigint) * case term ${sql.join(cases, sql` `)} end) desc, record_id
    limit ${CANDIDATES}`.execute(db);
  const candidates = picked.map((r) => r.recordId);
  if (candidates.length === 0) return { rows: [], hasMore: false };

  const postings = await db
    .selectFrom("searchTerms")
    .select(["recordId", "term", "weight"])
    .where("recordType", "=", "Statement")
    .where("recordId", "in", candidates)
    .execute();
  const allRarity = await idfs(db, [...new Set(postings.map((p) => p.term))]);
  const vectors = new Map<string, Map<string, number>>(candidates.map((id) => [id, new Map()]));
  for (const p of postings) vectors.get(p.recordId)?.set(p.term, p.weight);
  const shared = self == null ? null : await sharedContext(db, self, candidates);

  const rows = candidates.map((id) => {
    const words = cosine(query, weigh(vectors.get(id) ?? new Map<string, number>(), allRarity));
    if (!shared) return { statementId: id, score: round(words) };
    const w = SIMILARITY_WEIGHTS;
    const score = w.words * words + w.speaker * shared.speaker(id) + w.about * shared.about(id) + w.occasion * shared.occasion(id);
    return { statementId: id, score: round(score) };
  });
  rows.sort((a, b) => b.score - a.score || (a.statementId < b.statementId ? -1 : 1));
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
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

/** What each candidate shares with the query statement: its speaker (0/1), its subjects (Jaccard), its occasion (0/1). */
async function sharedContext(db: Kysely<Database>, self: string, candidates: readonly string[]) {
  const ids = [self, ...candidates];
  const statements = await db.selectFrom("statements").select(["id", "speakerId", "occasionId"]).where("id", "in", ids).execute();
  const about = await db.selectFrom("statementAbout").select(["statementId", "actorId"]).where("statementId", "in", ids).execute();
  const byId = new Map(statements.map((s) => [s.id, s]));
  const subjects = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  for (const a of about) subjects.get(a.statementId)?.add(a.actorId);
  const mine = byId.get(self);
  const myAbout = subjects.get(self) ?? new Set<string>();
  return {
    speaker: (id: string) => (mine && byId.get(id)?.speakerId === mine.speakerId ? 1 : 0),
    occasion: (id: string) => (mine?.occasionId != null && byId.get(id)?.occasionId === mine.occasionId ? 1 : 0),
    about: (id: string) => {
      const theirs = subjects.get(id) ?? new Set<string>();
      const union = new Set([...myAbout, ...theirs]).size;
      return union === 0 ? 0 : [...myAbout].filter((a) => theirs.has(a)).length / union;
    },
  };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
