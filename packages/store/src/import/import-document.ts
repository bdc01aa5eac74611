import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { writeRecords, type WriteSummary } from "../editors/write-records.js";
import { WriteError } from "../editors/write-error.js";
import type { Database } from "../tables/database.js";
import { writeTransaction } from "../write-transaction.js";
import { parseDocument } from "./parse-document.js";
import { sourceRow } from "./to-rows.js";

export interface ImportSummary extends WriteSummary {
  sourceId: string;
  /** False when this very document was already stored: a retried import changes nothing. */
  stored: boolean;
}

/**
 * Checks a whole annotated source (shape, enums, spans, references) and stores it in one write transaction, indexed
 * for search: all of it or, on any error, none of it. Importing the same document again changes nothing (a retry);
 * another document under the same source id is a CONFLICT. Actors and events already stored (say, Putin from an
 * earlier article) are kept as they are and gain the new spans.
 * Example: `await importDocument(db, JSON.parse(file), { author: "newsdesk" })`.
 */
export async function importDocument(
  db: Kysely<Database>,
  input: unknown,
  { author = "import" }: { author?: string } = {},
): Promise<ImportSummary> {
  const doc = parseDocument(input);
  const documentHash = createHash("sha256").update(JSON.stringify(doc)).digest("hex");
  const counts = { actors: doc.actors.length, events: doc.events.length, statements: doc.statements.length, denials: doc.denials.length };
  return writeTransaction(db, async (trx) => {
    const existing = await trx.selectFrom("sources").select("documentHash").where("id", "=", doc.source.id).executeTakeFirst();
    if (existing) {
      if (existing.documentHash === documentHash) {
        const evidence = [...doc.actors, ...doc.events, ...doc.statements, ...doc.denials].reduce((n, r) => n + r.evidence.length, 0);
        return { sourceId: doc.source.id, stored: false, ...counts, evidence };
      }
      throw new WriteError("CONFLICT", "source.id", `a different source with id "${doc.source.id}" is already stored`);
    }
    const now = new Date().toISOString();
    await trx
      .insertInto("sources")
      .values({ ...sourceRow(doc), documentHash, createdAt: now, updatedAt: now, createdBy: author })
      .execute();
    const summary = await writeRecords(trx, doc, { id: doc.source.id, text: doc.text }, { author, now });
    return { sourceId: doc.source.id, stored: true, ...summary };
  });
}
