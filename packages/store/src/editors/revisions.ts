import type { Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import { canonicalJson, changesBetween } from "./canonical.js";

/**
 * Keeps the version an update replaced, with who changed what and when, as the record's next revision
 * (the record as created is revision 1). Call it in the update's transaction; returns the revision number.
 */
export async function recordRevision(
  db: Kysely<Database>,
  recordKey: string,
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
  { author, now }: { author: string; now: string },
): Promise<number> {
  const last = await db
    .selectFrom("revisions")
    .select((eb) => eb.fn.max("revision").as("last"))
    .where("recordKey", "=", recordKey)
    .executeTakeFirst();
  const revision = (last?.last ?? 1) + 1;
  await db
    .insertInto("revisions")
    .values({
      recordKey,
      revision,
      changedAt: now,
      changedBy: author,
      changes: JSON.stringify(changesBetween(previous, next)),
      previous: canonicalJson(previous),
    })
    .execute();
  return revision;
}
