import type { Kysely } from "kysely";
import type { SearchableType } from "../domain/enums.js";
import type { Database } from "../tables/database.js";
import { searchableDocuments } from "./searchable.js";
import { snippet } from "./snippet.js";
import { matchText } from "./text-match.js";
import { topMatches } from "./top-matches.js";

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
  const rows = await topMatches(db, { rarestFirst: match.rarestFirst, idf: match.idf }, limit);
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
    score: r.score,
    snippet: snippet(fieldsOf.get(`${r.recordType}:${r.recordId}`) ?? [], match.terms),
  }));
}
