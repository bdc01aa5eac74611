import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { parseInput } from "../import/parse-document.js";
import type { Database } from "../tables/database.js";
import { writeTransaction } from "../write-transaction.js";
import { canonicalJson, newSlug } from "./canonical.js";
import { newActorInput, newDenialInput, newEventInput, newSourceInput, newStatementInput } from "./record-inputs.js";
import { RECORD_KINDS, type EditableType } from "./record-kinds.js";
import { writeRecords } from "./write-records.js";
import { WriteError } from "./write-error.js";

export interface CreateResult {
  id: string;
  /** False when a record with this id and this very content was already stored: a retry changes nothing. */
  created: boolean;
}

const INPUTS = {
  Person: newActorInput,
  Organization: newActorInput,
  Source: newSourceInput,
  Statement: newStatementInput,
  Denial: newDenialInput,
  Event: newEventInput,
} satisfies Record<EditableType, z.ZodType>;

/**
 * Stores one new record with its evidence, checked like an import (enums, sizes, references, spans against their
 * sources), in one transaction. An id the client chose makes retries safe: the same id with the same content
 * returns the stored record (`created: false`); with other content it is a CONFLICT. Without an id, one is made
 * from the record's words. Example: `await createRecord(db, "Statement", { speakerId: "…", … }, { author: "desk" })`.
 */
export async function createRecord(
  db: Kysely<Database>,
  type: EditableType,
  input: unknown,
  { author }: { author: string },
): Promise<CreateResult> {
  const fields = input && typeof input === "object" ? input : {};
  const given = type === "Person" ? { ...fields, type, kind: "PERSON" } : type === "Organization" ? { ...fields, type } : fields;
  const record = parseInput(INPUTS[type], given, ["input"]) as Record<string, unknown> & { id?: string; evidence?: unknown[] };
  const id = record.id ?? newSlug(wordsOf(record), randomBytes(3).toString("hex"));
  return writeTransaction(db, async (trx) => {
    const stored = await RECORD_KINDS[type].read(trx, id);
    if (stored) {
      const same = canonicalJson({ ...stored, evidence: await evidenceOf(trx, type, id) }) === canonicalJson(comparable(type, record));
      if (same) return { id, created: false };
      throw new WriteError("CONFLICT", "input.id", `a ${type.toLowerCase()} with id "${id}" is already stored with other content`);
    }
    const now = new Date().toISOString();
    if (type === "Source") {
      const source = record as z.output<typeof newSourceInput>;
      await trx
        .insertInto("sources")
        .values({
          id,
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          publishedAt: source.publishedAt ? JSON.stringify(source.publishedAt) : null,
          note: source.note,
          text: source.text,
          textLength: source.text.length,
          contentHash: createHash("sha256").update(source.text).digest("hex"),
          documentHash: null,
          createdAt: now,
          updatedAt: now,
          createdBy: author,
        })
        .execute();
      return { id, created: true };
    }
    const withId = { ...record, id };
    const set = {
      actors: type === "Person" || type === "Organization" ? [withId] : [],
      events: type === "Event" ? [withId] : [],
      statements: type === "Statement" ? [withId] : [],
      denials: type === "Denial" ? [withId] : [],
    } as unknown as Parameters<typeof writeRecords>[1];
    await writeRecords(trx, set, null, { author, now });
    return { id, created: true };
  });
}

/** The words an id is made from: a name, a title or the record's content. */
function wordsOf(record: Record<string, unknown>): string {
  const words = record.name ?? record.title ?? record.content;
  return typeof words === "string" ? words : "";
}

/** A create's content in the shape `read` gives a stored record, with its spans as (source, start, end). */
function comparable(type: EditableType, record: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, type: _type, evidence, text, ...fields } = record;
  const spans = Array.isArray(evidence)
    ? (evidence as { sourceId: string; start: number; end: number }[]).map(({ sourceId, start, end }) => ({ sourceId, start, end }))
    : [];
  if (type === "Source") return { ...fields, evidence: [{ contentHash: createHash("sha256").update(String(text)).digest("hex") }] };
  return { ...fields, evidence: spans };
}

/** A stored record's spans as (source, start, end); a source's "evidence" is the hash of its text. */
async function evidenceOf(db: Kysely<Database>, type: EditableType, id: string): Promise<unknown[]> {
  if (type === "Source") {
    const row = await db.selectFrom("sources").select("contentHash").where("id", "=", id).executeTakeFirstOrThrow();
    return [{ contentHash: row.contentHash }];
  }
  const recordType = type === "Person" || type === "Organization" ? "Actor" : type;
  const rows = await db
    .selectFrom("evidence")
    .select(["sourceId", "spanStart as start", "spanEnd as end"])
    .where("recordType", "=", recordType)
    .where("recordId", "=", id)
    .orderBy("position")
    .execute();
  return rows;
}
