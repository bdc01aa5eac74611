import type { Kysely } from "kysely";
import { buildDerivedData, noRecordsAdded } from "../derived-data.js";
import type { Database } from "../tables/database.js";
import { writeTransaction } from "../write-transaction.js";
import { parseDocument } from "./parse-document.js";
import { storeDocument, type ImportSummary } from "./store-document.js";

export type { ImportSummary } from "./store-document.js";

/**
 * Checks a whole annotated source (shape, enums, spans, references) and stores it in one write transaction, indexed
 * for search: all of it or, on any error, none of it. Importing the same document again changes nothing (a retry);
 * another document under the same source id is a CONFLICT. Actors and events already stored (say, Putin from an
 * earlier article) are kept as they are and gain the new spans. `importDocuments` stores many at once, faster.
 * Example: `await importDocument(db, JSON.parse(file), { author: "newsdesk" })`.
 */
export async function importDocument(
  db: Kysely<Database>,
  input: unknown,
  { author = "import" }: { author?: string } = {},
): Promise<ImportSummary> {
  const doc = parseDocument(input);
  return writeTransaction(db, async (trx) => {
    const added = noRecordsAdded();
    const summary = await storeDocument(trx, doc, { author, now: new Date().toISOString() }, added);
    await buildDerivedData(trx, added);
    return summary;
  });
}
