import { sql, type Kysely } from "kysely";
import { SEARCHABLE_TYPES, type SearchableType } from "../domain/enums.js";
import type { Database } from "../tables/database.js";
import { tokenize } from "./analyzer.js";
import { searchableDocuments, type SearchableDocument } from "./searchable.js";

/** BM25's term-frequency saturation and length normalisation, over a fixed nominal length so weights never go stale. */
const K1 = 1.2;
const B = 0.75;
const NOMINAL_LENGTH = 25;
/** The stats row that counts every indexed record. */
export const ALL_DOCUMENTS = "";
/** Records indexed per batch: bounds memory and the ids bound to each lookup. */
const BATCH = 5_000;
/** Postings per insert: 4 parameters each, under SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 7_500;

interface Posting {
  term: string;
  recordType: SearchableType;
  recordId: string;
  weight: number;
}

/**
 * (Re)indexes these records from what they hold now: removes their old terms, writes the new ones, and keeps each
 * term's record count. Call it inside the write transaction that changed them (for a statement, also when its
 * speaker's or subjects' names change). `fresh` says none of them is indexed yet (new records): their old terms are
 * not looked up. Example: `await indexRecords(trx, "Statement", ["trump-admits-direct-conversations"])`.
 */
export async function indexRecords(
  db: Kysely<Database>,
  type: SearchableType,
  ids: readonly string[],
  { fresh = false }: { fresh?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const counts = new Map<string, number>();
    const count = (term: string, delta: number) => counts.set(term, (counts.get(term) ?? 0) + delta);
    const old = fresh
      ? []
      : await db
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
    for (let j = 0; j < postings.length; j += ROWS_PER_INSERT) {
      await db
        .insertInto("searchTerms")
        .values(postings.slice(j, j + ROWS_PER_INSERT))
        .execute();
    }
    await addToStats(db, counts);
  }
}

function byTermThenId(a: Posting, b: Posting): number {
  return a.term < b.term ? -1 : a.term > b.term ? 1 : a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}

/** Rebuilds the whole index from the records: what a migration runs when the analysis changes. */
export async function rebuildSearchIndex(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom("searchTerms").execute();
  await db.deleteFrom("searchStats").execute();
  const tables = { Actor: "actors", Statement: "statements", Denial: "denials", Event: "events" } as const;
  for (const type of SEARCHABLE_TYPES) {
    const ids = (await db.selectFrom(tables[type]).select("id").orderBy("id").execute()).map((r) => r.id);
    await indexRecords(db, type, ids, { fresh: true });
  }
}

/** Each distinct term of a record with its BM25 weight (× 1000, an integer: every dialect sums it exactly). */
function postingsOf(doc: SearchableDocument): Posting[] {
  const frequency = new Map<string, number>();
  let length = 0;
  for (const field of doc.fields) {
    for (const token of tokenize(field.text)) {
      if (!token.term) continue;
      length += 1;
      frequency.set(token.term, (frequency.get(token.term) ?? 0) + field.weight);
    }
  }
  const norm = K1 * (1 - B + (B * length) / NOMINAL_LENGTH);
  return [...frequency].map(([term, tf]) => ({
    term,
    recordType: doc.recordType,
    recordId: doc.recordId,
    weight: Math.round((1000 * tf * (K1 + 1)) / (tf + norm)),
  }));
}

async function addToStats(db: Kysely<Database>, counts: Map<string, number>): Promise<void> {
  const changes = [...counts].filter(([, delta]) => delta !== 0);
  const added = changes
    .filter(([, delta]) => delta > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([term, documents]) => ({ term, documents }));
  for (let i = 0; i < added.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto("searchStats")
      .values(added.slice(i, i + ROWS_PER_INSERT))
      .onConflict((oc) =>
        oc.column("term").doUpdateSet((eb) => ({ documents: eb("searchStats.documents", "+", eb.ref("excluded.documents")) })),
      )
      .execute();
  }
  // Terms that lost records exist already; an upsert would check its proposed (negative) row and fail.
  const removed = changes.filter(([, delta]) => delta < 0);
  for (let i = 0; i < removed.length; i += ROWS_PER_INSERT) {
    const chunk = removed.slice(i, i + ROWS_PER_INSERT);
    const delta = sql.join(
      chunk.map(([term, d]) => sql`when ${term} then ${sql.lit(d)}`),
      sql` `,
    );
    await db
      .updateTable("searchStats")
      .set({ documents: sql`documents + case term ${delta} end` })
      .where(
        "term",
        "in",
        chunk.map(([term]) => term),
      )
      .execute();
  }
}
