import type { Kysely } from "kysely";

/**
 * A term's postings of one record type by weight: a search reads a term's best records by walking this index
 * backwards (heaviest first, ties by id descending) and stops after the page (a top-k of k entries) instead of scoring
 * and sorting every record that holds the term (124 ms for a common word at 100k statements); a statement list ordered
 * by relevance to one word reads it the same way, in either direction. The primary key (term, record_type, record_id)
 * still serves the probes that check a record holds the other terms of a query.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("search_terms_by_weight")
    .on("search_terms")
    .columns(["term", "record_type", "weight", "record_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("search_terms_by_weight").execute();
}
