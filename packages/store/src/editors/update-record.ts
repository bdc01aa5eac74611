import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect.js";
import { parseInput } from "../import/parse-document.js";
import type { Database } from "../tables/database.js";
import { writeTransaction } from "../write-transaction.js";
import { changesBetween } from "./canonical.js";
import { deprecation } from "./record-inputs.js";
import { RECORD_KINDS, type EditableType } from "./record-kinds.js";
import { recordRevision } from "./revisions.js";
import { WriteError } from "./write-error.js";

const TABLES: Record<EditableType, "actors" | "sources" | "statements" | "denials" | "events"> = {
  Person: "actors",
  Organization: "actors",
  Source: "sources",
  Statement: "statements",
  Denial: "denials",
  Event: "events",
};

export interface UpdateResult {
  /** False when the patch changed nothing (no revision is made). */
  changed: boolean;
  /** The record's revision after the update: 1 while it is as created. */
  revision: number;
}

/**
 * Changes the fields a patch names (a field set to null is cleared; one left out is kept), checks the whole
 * result, and keeps the replaced version as a revision — all in one transaction. Unknown ids are NOT_FOUND.
 * Example: `await updateRecord(db, "Statement", "trump-admits-direct-conversations", { hedge: null }, { author: "desk" })`.
 */
export async function updateRecord(
  db: Kysely<Database>,
  type: EditableType,
  id: string,
  patch: unknown,
  { author }: { author: string },
): Promise<UpdateResult> {
  const kind = RECORD_KINDS[type];
  const given = parseInput(kind.patch, patch, ["input"]) as Record<string, unknown>;
  const named = Object.keys(patch && typeof patch === "object" ? patch : {});
  const changes = Object.fromEntries(named.map((field) => [field, given[field]]));
  return writeTransaction(db, async (trx) => {
    await lock(trx, TABLES[type], id);
    const current = await kind.read(trx, id);
    if (!current) throw new WriteError("NOT_FOUND", "input.id", `no ${type.toLowerCase()} with id "${id}"`);
    const next = await kind.check(trx, id, { ...current, ...changes });
    if (changesBetween(current, next).length === 0) return { changed: false, revision: await revisionOf(trx, `${type}:${id}`) };
    const now = new Date().toISOString();
    await kind.write(trx, id, next, now);
    const revision = await recordRevision(trx, `${type}:${id}`, current, next, { author, now });
    await kind.reindex(trx, id);
    return { changed: true, revision };
  });
}

/**
 * Marks a statement DEPRECATED with a reason: it leaves default lists and search but stays readable by id and
 * with `includeDeprecated: true`; nothing is deleted, and the change is a revision like any other.
 */
export async function deprecateStatement(db: Kysely<Database>, input: unknown, { author }: { author: string }): Promise<UpdateResult> {
  const { id, reason } = parseInput(deprecation, input, ["input"]);
  return writeTransaction(db, async (trx) => {
    await lock(trx, "statements", id);
    const row = await trx.selectFrom("statements").select(["rank", "rankReason"]).where("id", "=", id).executeTakeFirst();
    const current = await RECORD_KINDS.Statement.read(trx, id);
    if (!row || !current) throw new WriteError("NOT_FOUND", "input.id", `no statement with id "${id}"`);
    if (row.rank === "DEPRECATED" && row.rankReason === reason)
      return { changed: false, revision: await revisionOf(trx, `Statement:${id}`) };
    const now = new Date().toISOString();
    await trx.updateTable("statements").set({ rank: "DEPRECATED", rankReason: reason, updatedAt: now }).where("id", "=", id).execute();
    const revision = await recordRevision(
      trx,
      `Statement:${id}`,
      { ...current, ...row },
      { ...current, rank: "DEPRECATED", rankReason: reason },
      { author, now },
    );
    return { changed: true, revision };
  });
}

async function revisionOf(db: Kysely<Database>, recordKey: string): Promise<number> {
  const last = await db
    .selectFrom("revisions")
    .select((eb) => eb.fn.max("revision").as("last"))
    .where("recordKey", "=", recordKey)
    .executeTakeFirst();
  return last?.last ?? 1;
}

/** On PostgreSQL, holds the row until commit so concurrent updates of one record take turns (SQLite's write lock already serialises them). */
async function lock(db: Kysely<Database>, table: string, id: string): Promise<void> {
  if (dialectOf(db) === "postgres") await sql`select id from ${sql.table(table)} where id = ${id} for update`.execute(db);
}
