import { sql, type Kysely } from "kysely";
import { buildDerivedData, noRecordsAdded } from "../derived-data.js";
import { dialectOf } from "../dialect.js";
import { WriteError } from "../editors/write-error.js";
import type { Database } from "../tables/database.js";
import { writeTransaction } from "../write-transaction.js";
import { withIndexesDeferred } from "./deferred-indexes.js";
import { parseDocument } from "./parse-document.js";
import { storeDocument, type ImportSummary } from "./store-document.js";

export interface BulkImportOptions {
  author?: string;
  /** Told after each document is stored (or found already stored), before the search index is built. */
  onDocument?: (summary: ImportSummary, index: number) => void;
}

/** The tables an import fills, whose secondary indexes are built after the load when they start nearly empty. */
const LOADED_TABLES = ["actors", "events", "event_participants", "statements", "statement_about", "denials", "evidence", "search_terms"];

/** Memory for a bulk import's database work (KiB): SQLite's page cache, PostgreSQL's index sorts. */
const BULK_MEMORY_KIB = 512 * 1024;

/**
 * Imports many documents as one: every document checked as `importDocument` checks it (shape, every span against its
 * source's text, every reference), all stored in one write transaction or, on any error, none. Each document's rows
 * go in as it is read; the search index of everything added is built once, after the last document, and so are the
 * secondary indexes of tables that started nearly empty. A document
 * already stored is left as it is (a retried bulk import changes nothing); another one under a stored source id is
 * a CONFLICT. Errors name the document: `documents[2].statements[0].evidence[0]`. Documents may come from a
 * generator, so a large import need not be held in memory.
 * Example: `await importDocuments(db, files.map(readDocumentFile), { author: "newsdesk" })`.
 */
export async function importDocuments(
  db: Kysely<Database>,
  documents: Iterable<unknown> | AsyncIterable<unknown>,
  { author = "import", onDocument }: BulkImportOptions = {},
): Promise<ImportSummary[]> {
  const summaries = await writeTransaction(db, async (trx) => {
    const restore = await tuneForBulk(trx);
    try {
      const by = { author, now: new Date().toISOString() };
      return await withIndexesDeferred(trx, LOADED_TABLES, async () => {
        const added = noRecordsAdded();
        const summaries: ImportSummary[] = [];
        let index = 0;
        for await (const input of documents) {
          let summary: ImportSummary;
          try {
            summary = await storeDocument(trx, parseDocument(input), by, added);
          } catch (error) {
            throw inDocument(error, index);
          }
          summaries.push(summary);
          onDocument?.(summary, index);
          index += 1;
        }
        await buildDerivedData(trx, added);
        return summaries;
      });
    } finally {
      await restore();
    }
  });
  // PostgreSQL plans from statistics that only autovacuum would gather, minutes later, and reads a covering index
  // alone only where its visibility map says the rows are settled. Right after a bulk load it had neither: it took a
  // common word's 805,000 postings for 511 (a text filter took 1.3 s, 6.7 ms after ANALYZE) and fetched every row
  // behind the speech-act index (a speech act + date count took 165 ms, 14 ms after VACUUM). VACUUM cannot run in a
  // transaction, so it follows the commit; 4.4 s after a load of 1M statements.
  if (dialectOf(db) === "postgres")
    await sql`vacuum (analyze) ${sql.join([...LOADED_TABLES, "search_stats", "list_counts"].map((t) => sql.table(t)))}`.execute(db);
  return summaries;
}

/** The error with its path under `documents[index]`. */
function inDocument(error: unknown, index: number): unknown {
  if (!(error instanceof WriteError)) return error;
  const under = (path: string) => `documents[${index}].${path}`;
  return new WriteError(
    error.code,
    under(error.path),
    error.message.slice(error.path.length + 2),
    error.issues.map((issue) => ({ path: under(issue.path), message: issue.message })),
  );
}

/**
 * Gives the import's connection more memory: on SQLite a larger page cache (put back afterwards), on PostgreSQL more
 * memory for the sorts that build indexes (for this transaction only). Returns what undoes it.
 */
async function tuneForBulk(trx: Kysely<Database>): Promise<() => Promise<void>> {
  if (dialectOf(trx) === "postgres") {
    await sql`set local maintenance_work_mem = ${sql.lit(`${BULK_MEMORY_KIB}kB`)}`.execute(trx);
    return () => Promise.resolve();
  }
  const { rows } = await sql<{ cacheSize: number }>`pragma cache_size`.execute(trx);
  const previous = rows[0]?.cacheSize ?? -2000;
  await sql`pragma cache_size = ${sql.lit(-BULK_MEMORY_KIB)}`.execute(trx);
  return async () => {
    await sql`pragma cache_size = ${sql.lit(previous)}`.execute(trx);
  };
}
