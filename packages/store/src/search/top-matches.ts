import { sql, type Kysely } from "kysely";
import { SEARCHABLE_TYPES, type SearchableType } from "../domain/enums.js";
import type { Database } from "../tables/database.js";

/** A record holding every term of a search, with its relevance (integer; higher is better). */
export interface ScoredRecord {
  recordType: SearchableType;
  recordId: string;
  score: number;
}

/** What the ranking needs of a search: its terms, rarest first, and each term's idf (BM25 rarity × 1000). */
export interface RankedTerms {
  rarestFirst: readonly string[];
  idf: ReadonlyMap<string, number>;
}

/** Postings of each term read per type in the first round of a search of several terms; each later round reads 2×. */
const FIRST_ROUND = 64;
const LARGEST_ROUND = 4_096;

/** Where the reading of one term's postings stands: the last posting read, and whether there are none left. */
interface Cursor {
  after: { weight: number; recordId: string } | null;
  done: boolean;
}

/**
 * The best `limit` records of any kind holding every term, by `sum(weight × idf)` descending, then type and id —
 * the same answer as scoring every record that holds the terms, without reading them all (Fagin's threshold
 * algorithm). Per type it reads each term's postings heaviest first (index `search_terms_by_weight`), looks up the
 * other terms' weights of each record by primary key, and stops as soon as no record left unread can beat the
 * `limit`-th score found: none can score more than the weights where each term's reading stands. When one term's
 * postings run out every record holding all terms has been read. Deprecated statements are skipped.
 * Example: `await topMatches(db, { rarestFirst: ["summit"], idf }, 10)`.
 */
export async function topMatches(db: Kysely<Database>, terms: RankedTerms, limit: number): Promise<ScoredRecord[]> {
  const best: ScoredRecord[] = [];
  if (limit <= 0) return best;
  const { rarestFirst } = terms;
  const idf = (term: string) => terms.idf.get(term) ?? 0;
  const scoreOf = (weights: readonly (number | null)[]) =>
    weights.reduce<number>((sum, w, t) => sum + (w ?? 0) * idf(rarestFirst[t] ?? ""), 0);
  for (const type of SEARCHABLE_TYPES) {
    const cursors: Cursor[] = rarestFirst.map(() => ({ after: null, done: false }));
    const seen = new Set<string>();
    // One term's first `limit` postings are usually the page: its rank order is the index order but for ties.
    const first = rarestFirst.length === 1 ? limit : Math.max(limit, FIRST_ROUND);
    for (let round = first; ; round = Math.min(2 * round, LARGEST_ROUND)) {
      const found: ScoredRecord[] = [];
      for (const [i, cursor] of cursors.entries()) {
        const rows = await postingsRound(db, type, rarestFirst, i, cursor.after, round);
        for (const row of rows) {
          if (seen.has(row.recordId)) continue;
          seen.add(row.recordId);
          if (row.weights.every((w) => w !== null)) found.push({ recordType: type, recordId: row.recordId, score: scoreOf(row.weights) });
        }
        const end = rows.at(-1);
        cursor.done = rows.length < round || !end;
        if (end) cursor.after = { weight: end.weights[i] ?? 0, recordId: end.recordId };
      }
      await keepLive(db, best, found, limit);
      if (cursors.some((c) => c.done)) break;
      const floor = best.length === limit ? best[limit - 1]?.score : undefined;
      const ceiling = cursors.reduce((sum, c, t) => sum + (c.after?.weight ?? 0) * idf(rarestFirst[t] ?? ""), 0);
      // Strictly below: an unread record scoring the same could still come first by type and id.
      if (floor !== undefined && ceiling < floor) break;
    }
  }
  return best;
}

/**
 * Offers the records found to `best`, best first, leaving out deprecated statements. Only records that would rank
 * among the first `limit` are looked up (one query for them), so a round reads statements for a page, not for every
 * posting it read.
 */
async function keepLive(db: Kysely<Database>, best: ScoredRecord[], found: ScoredRecord[], limit: number): Promise<void> {
  found.sort((a, b) => (ranksBefore(a, b) ? -1 : 1));
  let rest = found;
  for (;;) {
    const floor = best.length === limit ? best[limit - 1] : undefined;
    const entering = rest.slice(0, limit).filter((hit) => !floor || ranksBefore(hit, floor));
    if (entering.length === 0) return;
    const deprecated = await deprecatedAmong(
      db,
      entering.filter((hit) => hit.recordType === "Statement").map((hit) => hit.recordId),
    );
    for (const hit of entering) if (!(hit.recordType === "Statement" && deprecated.has(hit.recordId))) offer(best, hit, limit);
    rest = rest.slice(entering.length);
  }
}

async function deprecatedAmong(db: Kysely<Database>, statementIds: readonly string[]): Promise<Set<string>> {
  if (statementIds.length === 0) return new Set();
  const rows = await db.selectFrom("statements").select("id").where("id", "in", statementIds).where("rank", "=", "DEPRECATED").execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Up to `round` postings of term `driver` in records of `type` after the posting `after`, in index order read
 * backwards (weight descending, then id descending), each with the record's weight of every term (null where the
 * record lacks it). Deprecated statements are among them.
 */
async function postingsRound(
  db: Kysely<Database>,
  type: SearchableType,
  terms: readonly string[],
  driver: number,
  after: { weight: number; recordId: string } | null,
  round: number,
): Promise<{ recordId: string; weights: (number | null)[] }[]> {
  const alias = (t: number) => (t === driver ? "d" : `t${t}`);
  const joins = terms.flatMap((term, t) =>
    t === driver
      ? []
      : [
          sql`left join search_terms ${sql.id(alias(t))} on ${sql.ref(`${alias(t)}.term`)} = ${term} and ${sql.ref(`${alias(t)}.record_type`)} = d.record_type and ${sql.ref(`${alias(t)}.record_id`)} = d.record_id`,
        ],
  );
  const weights = terms.map((_, t) => sql`, ${sql.ref(`${alias(t)}.weight`)} as ${sql.id(`w${t}`)}`);
  const resume = after ? sql`and (d.weight, d.record_id) < (${after.weight}, ${after.recordId})` : sql``;
  const { rows } = await sql<Record<string, string | number | null>>`
    select d.record_id as "recordId"${sql.join(weights, sql``)}
    from search_terms d ${sql.join(joins, sql` `)}
    where d.term = ${terms[driver]} and d.record_type = ${type} ${resume}
    order by d.weight desc, d.record_id desc
    limit ${round}`.execute(db);
  return rows.map((row) => ({
    recordId: String(row.recordId),
    weights: terms.map((_, t) => {
      const w = row[`w${t}`];
      return w == null ? null : Number(w);
    }),
  }));
}

/** Puts `hit` into `best` (kept sorted by score descending, then type and id) if it ranks among the first `limit`. */
function offer(best: ScoredRecord[], hit: ScoredRecord, limit: number): void {
  let at = best.length;
  while (at > 0 && ranksBefore(hit, best[at - 1] as ScoredRecord)) at -= 1;
  if (at >= limit) return;
  best.splice(at, 0, hit);
  if (best.length > limit) best.pop();
}

function ranksBefore(a: ScoredRecord, b: ScoredRecord): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.recordType !== b.recordType) return a.recordType < b.recordType;
  return a.recordId < b.recordId;
}
