import type { Kysely } from "kysely";
import type { SearchableType } from "./domain/enums.js";
import { indexNewRecords } from "./search/index-new-records.js";
import type { Database } from "./tables/database.js";

/** The ids of the records a write added, per type: what the data derived from records is built for. */
export type AddedRecords = Record<SearchableType, string[]>;

export function noRecordsAdded(): AddedRecords {
  return { Actor: [], Event: [], Statement: [], Denial: [] };
}

/**
 * Builds what is derived from newly added records — their search postings and each term's record count — in the
 * write transaction that added them: right after a single write, or once after a whole bulk import.
 * Example: `await buildDerivedData(trx, { ...noRecordsAdded(), Statement: ["s-1"] })`.
 */
export async function buildDerivedData(trx: Kysely<Database>, added: AddedRecords): Promise<void> {
  await indexNewRecords(trx, added);
}
