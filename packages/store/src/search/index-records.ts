import type { Kysely } from "kysely";
import { SEARCHABLE_TYPES, type SearchableType } from "../domain/enums.js";
import { insertRows } from "../import/insert-rows.js";
import type { Database } from "../tables/database.js";
import { indexNewRecords } from "./index-new-records.js";
import { ALL_DOCUMENTS, addToStats, postingsOf, type Posting } from "./postings.js";
import { searchableDocuments } from "./searchable.js";

export { ALL_DOCUMENTS } from "./postings.js";

/** Records indexed per batch: bounds memory and the ids bound to each lookup. */
const BATCH = 5_000;

/**
 * Reindexes these records from what they hold now: removes their old terms, writes the new ones, and keeps each
 * term's record count. Call it inside the write transaction that changed them (for a statement, also when its
 * speaker's or subjects' names change); records that are new go through `indexNewRecords`.
 * Example: `await indexRecords(trx, "Statement", ["trump-admits-direct-conversations"])`.
 */
export async function indexRecords(db: Kysely<Database>, type: SearchableType, ids: readonly string[]): Promise<void> {
  // Each term's change in record count, over every batch: one write of the stats at the end.
  const counts = new Map<string, number>();
  const count = (term: string, delta: number) => counts.set(term, (counts.get(term) ?? 0) + delta);
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const old = await db
      .selectFrom("searchTerms")
      .select(["term", "recordId"])
      .where("recordType", "=", type)
      .where("recordId", "in", batch)
      .execute();
    if (old.length > 0) {
      old.forEach((row) => count(row.term, -1));
      new Set(old.map((row) => row.recordId)).forEach(() => count(ALL_DOCUMENTS, -1));
      await db.deleteFrom("searchTerms").where("recordType", "=", type).where("recordId", "in", batch).execute();
    }
    // In term order, so each insert walks the primary key's B-tree forwards instead of jumping around it.
    const postings = (await searchableDocuments(db, type, batch)).flatMap(postingsOf).sort(byTermThenId);
    postings.forEach((p) => count(p.term, 1));
    new Set(postings.map((p) => p.recordId)).forEach(() => count(ALL_DOCUMENTS, 1));
    await insertRows(db, "searchTerms", postings);
  }
  await addToStats(db, counts);
}

function byTermThenId(a: Posting, b: Posting): number {
  return a.term < b.term ? -1 : a.term > b.term ? 1 : a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}

/** Rebuilds the whole index from the records: what a migration runs when the analysis changes. */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom("searchTerms").execute();
  await db.deleteFrom("searchStats").execute();
  const tables = { Actor: "actors", Statement: "statements", Denial: "denials", Event: "events" } as const;
  const all = { Actor: [], Statement: [], Denial: [], Event: [] } as Record<SearchableType, string[]>;
  for (const type of SEARCHABLE_TYPES) all[type] = (await db.selectFrom(tables[type]).select("id").execute()).map((r) => r.id);
  await indexNewRecords(db, all);
}
