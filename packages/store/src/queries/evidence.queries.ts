import type { Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { EvidenceRecordType, EvidenceRow } from "../tables/evidence.table.js";

/** The evidence spans of these records, each record's in the order recorded. */
export async function getEvidence(
  db: Kysely<Database>,
  recordType: EvidenceRecordType,
  recordIds: readonly string[],
): Promise<EvidenceRow[]> {
  if (recordIds.length === 0) return [];
  return db
    .selectFrom("evidence")
    .selectAll()
    .where("recordType", "=", recordType)
    .where("recordId", "in", recordIds)
    .orderBy("position")
    .execute();
}
