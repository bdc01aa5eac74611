import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { AddedRecords } from "../derived-data.js";
import { writeRecords, type Authorship, type WriteSummary } from "../editors/write-records.js";
import { WriteError } from "../editors/write-error.js";
import type { Database } from "../tables/database.js";
import type { SourceDocument } from "./document.schema.js";
import { sourceRow } from "./to-rows.js";

export interface ImportSummary extends WriteSummary {
  sourceId: string;
  /** False when this very document was already stored: a retried import changes nothing. */
  stored: boolean;
}

/**
 * Stores one parsed document in the open write transaction, listing what it adds in `added` for the caller to
 * derive from (the search index); the same document again is left as it is, another one under its source id is a
 * CONFLICT. What the single import and the bulk import share.
 */
export async function storeDocument(
  trx: Kysely<Database>,
  doc: SourceDocument,
  by: Authorship,
  added: AddedRecords,
): Promise<ImportSummary> {
  const documentHash = createHash("sha256").update(JSON.stringify(doc)).digest("hex");
  const counts = { actors: doc.actors.length, events: doc.events.length, statements: doc.statements.length, denials: doc.denials.length };
  const existing = await trx.selectFrom("sources").select("documentHash").where("id", "=", doc.source.id).executeTakeFirst();
  if (existing) {
    if (existing.documentHash === documentHash) {
      const evidence = [...doc.actors, ...doc.events, ...doc.statements, ...doc.denials].reduce((n, r) => n + r.evidence.length, 0);
      return { sourceId: doc.source.id, stored: false, ...counts, evidence };
    }
    throw new WriteError("CONFLICT", "source.id", `a different source with id "${doc.source.id}" is already stored`);
  }
  await trx
    .insertInto("sources")
    .values({ ...sourceRow(doc), documentHash, createdAt: by.now, updatedAt: by.now, createdBy: by.author })
    .execute();
  const summary = await writeRecords(trx, doc, { id: doc.source.id, text: doc.text }, by, added);
  return { sourceId: doc.source.id, stored: true, ...summary };
}
