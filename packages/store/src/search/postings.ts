import { sql, type Kysely } from "kysely";
import type { SearchableType } from "../domain/enums.js";
import type { Database } from "../tables/database.js";
import { termSequence } from "./analyzer.js";
import type { SearchableDocument } from "./searchable.js";

/** BM25's term-frequency saturation and length normalisation, over a fixed nominal length so weights never go stale. */
const K1 = 1.2;
const B = 0.75;
const NOMINAL_LENGTH = 25;
/** The stats row that counts every indexed record. */
export const ALL_DOCUMENTS = "";
/** Stats rows per statement: 2 parameters each, under SQLite's 32,766 bound parameters. */
const ROWS_PER_INSERT = 7_500;

export interface Posting {
  term: string;
  recordType: SearchableType;
  recordId: string;
  weight: number;
}

/** Each distinct term of a record with its BM25 weight (× 1000, an integer: every dialect sums it exactly). */
export function postingsOf(doc: SearchableDocument): Posting[] {
  const frequency = new Map<string, number>();
  let length = 0;
  for (const field of doc.fields) {
    for (const term of termSequence(field.text)) {
      length += 1;
      frequency.set(term, (frequency.get(term) ?? 0) + field.weight);
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

/** Adds each term's change in record count to the stats (terms that lost all their records keep a row at 0). */
export async function addToStats(db: Kysely<Database>, counts: Map<string, number>): Promise<void> {
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
