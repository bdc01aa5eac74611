import type { Kysely } from "kysely";
import type { SearchableType } from "../domain/enums.js";
import { insertRows } from "../import/insert-rows.js";
import type { Database } from "../tables/database.js";
import { ALL_DOCUMENTS, addToStats, postingsOf, type Posting } from "./postings.js";
import { searchableDocuments } from "./searchable.js";

/** Records read per query: bounds the ids bound to each lookup. */
const READ_BATCH = 5_000;
/** Postings per call to insertRows: bounds the row objects alive at once. */
const WRITE_BATCH = 20_000;
/** Types in the order the primary key (term, record_type, record_id) sorts them. */
const TYPE_ORDER: readonly SearchableType[] = ["Actor", "Denial", "Event", "Statement"];

/**
 * Indexes records that have no postings yet — what an import or a create added — and counts them into each term's
 * record count. Every posting is gathered first, then written in primary-key order (term, type, id), so the index
 * grows at its edge instead of being rewritten page by page all over: what makes a bulk import's index build cheap.
 * Memory: about 16 bytes per posting (~20 per statement). Call it in the write transaction that added the records.
 * Example: `await indexNewRecords(trx, { Actor: [], Event: [], Statement: ["s-1"], Denial: [] })`.
 */
export async function indexNewRecords(db: Kysely<Database>, added: Readonly<Record<SearchableType, readonly string[]>>): Promise<void> {
  // Per term, pairs of (record number, weight); records are numbered in (type, id) order.
  const byTerm = new Map<string, number[]>();
  const recordTypes: SearchableType[] = [];
  const recordIds: string[] = [];
  let indexed = 0;
  for (const type of TYPE_ORDER) {
    const ids = [...added[type]].sort();
    for (let i = 0; i < ids.length; i += READ_BATCH) {
      const documents = (await searchableDocuments(db, type, ids.slice(i, i + READ_BATCH))).sort((a, b) =>
        a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0,
      );
      for (const doc of documents) {
        const record = recordIds.push(doc.recordId) - 1;
        recordTypes.push(type);
        const postings = postingsOf(doc);
        if (postings.length > 0) indexed += 1;
        for (const { term, weight } of postings) {
          const list = byTerm.get(term);
          if (list) list.push(record, weight);
          else byTerm.set(term, [record, weight]);
        }
      }
    }
  }
  const counts = new Map<string, number>();
  let rows: Posting[] = [];
  for (const term of [...byTerm.keys()].sort()) {
    const list = byTerm.get(term) ?? [];
    byTerm.delete(term);
    counts.set(term, list.length / 2);
    for (let i = 0; i < list.length; i += 2) {
      const record = list[i] ?? 0;
      rows.push({ term, recordType: recordTypes[record] ?? "Statement", recordId: recordIds[record] ?? "", weight: list[i + 1] ?? 0 });
    }
    if (rows.length >= WRITE_BATCH) {
      await insertRows(db, "searchTerms", rows);
      rows = [];
    }
  }
  await insertRows(db, "searchTerms", rows);
  if (indexed > 0) counts.set(ALL_DOCUMENTS, indexed);
  await addToStats(db, counts);
}
