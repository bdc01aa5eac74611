import type { Kysely } from "kysely";
import { z } from "zod";
import { actorSchema, denialSchema, eventSchema, personIffPersonKind, sourceSchema, statementSchema } from "../import/document.schema.js";
import { parseInput } from "../import/parse-document.js";
import { actorRow, denialRow, eventRow, statementRow } from "../import/to-rows.js";
import { decodeActor } from "../records/actor.record.js";
import { decodeDenial } from "../records/denial.record.js";
import { decodeEvent } from "../records/event.record.js";
import { decodeSource } from "../records/source.record.js";
import { decodeStatement } from "../records/statement.record.js";
import { indexRecords } from "../search/index-records.js";
import type { Database } from "../tables/database.js";
import { actorPatch, denialPatch, eventPatch, sourcePatch, statementPatch } from "./record-inputs.js";
import { WriteError } from "./write-error.js";

/** Record types an editor can update, by their GraphQL names. */
export type EditableType = "Person" | "Organization" | "Source" | "Statement" | "Denial" | "Event";

/** The editable fields of a record, as a patch names them. */
export type Editable = Record<string, unknown>;

/** How one type of record is read, checked and rewritten by an update; creates go through `writeRecords`. */
export interface RecordKind {
  patch: z.ZodType;
  /** The record's editable fields as stored; null when there is no such record of this type. */
  read(db: Kysely<Database>, id: string): Promise<Editable | null>;
  /** The whole record after a patch, checked (enums, sizes, references); throws a WriteError naming the field. */
  check(db: Kysely<Database>, id: string, data: Editable): Promise<Editable>;
  /** Writes checked data over the stored record. */
  write(db: Kysely<Database>, id: string, data: Editable, updatedAt: string): Promise<void>;
  /** Reindexes the record and whatever is found by its words (a statement by its speaker's names). */
  reindex(db: Kysely<Database>, id: string): Promise<void>;
}

const { id: _a, evidence: _b, type: _c, ...actorFields } = actorSchema.shape;
const { id: _d, evidence: _e, ...eventFields } = eventSchema.shape;
const { id: _f, evidence: _g, ...statementFields } = statementSchema.shape;
const { id: _h, evidence: _i, ...denialFields } = denialSchema.shape;
const { id: _j, ...sourceFields } = sourceSchema.shape;

function actorKind(type: "Person" | "Organization"): RecordKind {
  const whole = z.object(actorFields).strict();
  return {
    patch: actorPatch,
    async read(db, id) {
      const row = await db.selectFrom("actors").selectAll().where("id", "=", id).where("type", "=", type).executeTakeFirst();
      if (!row) return null;
      const { id: _id, type: _type, ...data } = withoutAudit(decodeActor(row));
      return data;
    },
    check(_db, _id, data) {
      const checked = parse(whole, data);
      if (!personIffPersonKind({ type, kind: checked.kind })) {
        throw new WriteError(
          "INVALID_RECORD",
          "input.kind",
          type === "Person" ? "a Person has kind PERSON" : "only a Person has kind PERSON",
        );
      }
      return Promise.resolve(checked);
    },
    async write(db, id, data, updatedAt) {
      const row = actorRow({ ...(data as z.output<typeof whole>), id, type, evidence: [] });
      const { id: _id, type: _type, ...columns } = row;
      await db
        .updateTable("actors")
        .set({ ...columns, updatedAt })
        .where("id", "=", id)
        .execute();
    },
    async reindex(db, id) {
      await indexRecords(db, "Actor", [id]);
      const spoken = await db.selectFrom("statements").select("id").where("speakerId", "=", id).execute();
      const about = await db.selectFrom("statementAbout").select("statementId as id").where("actorId", "=", id).execute();
      await indexRecords(db, "Statement", [...new Set([...spoken, ...about].map((r) => r.id))]);
      const denied = await db.selectFrom("denials").select("id").where("denierId", "=", id).execute();
      await indexRecords(
        db,
        "Denial",
        denied.map((r) => r.id),
      );
    },
  };
}

const eventKind: RecordKind = {
  patch: eventPatch,
  async read(db, id) {
    const row = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    const participants = await db
      .selectFrom("eventParticipants")
      .select(["actorId", "role"])
      .where("eventId", "=", id)
      .orderBy("position")
      .execute();
    const { id: _id, sortDate: _sortDate, ...data } = withoutAudit(decodeEvent(row));
    return { ...data, participants };
  },
  async check(db, id, data) {
    const checked = parse(z.object(eventFields).strict(), data);
    await requireStored(
      db,
      "actors",
      checked.participants.map((p) => p.actorId),
      "input.participants",
    );
    for (let parent = checked.partOfId; parent != null;) {
      if (parent === id) throw new WriteError("INVALID_REFERENCE", "input.partOfId", "an event cannot be part of itself");
      await requireStored(db, "events", [parent], "input.partOfId");
      parent = (await db.selectFrom("events").select("partOfId").where("id", "=", parent).executeTakeFirst())?.partOfId ?? null;
    }
    return checked;
  },
  async write(db, id, data, updatedAt) {
    const event = { ...(data as z.output<z.ZodObject<typeof eventFields>>), id, evidence: [] };
    const { id: _id, ...columns } = eventRow(event);
    await db
      .updateTable("events")
      .set({ ...columns, updatedAt })
      .where("id", "=", id)
      .execute();
    await db.deleteFrom("eventParticipants").where("eventId", "=", id).execute();
    if (event.participants.length > 0) {
      await db
        .insertInto("eventParticipants")
        .values(event.participants.map((p, position) => ({ eventId: id, actorId: p.actorId, role: p.role, position })))
        .execute();
    }
  },
  reindex: (db, id) => indexRecords(db, "Event", [id]),
};

const statementKind: RecordKind = {
  patch: statementPatch,
  async read(db, id) {
    const row = await db.selectFrom("statements").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    const about = await db.selectFrom("statementAbout").select("actorId").where("statementId", "=", id).orderBy("position").execute();
    const { id: _id, sortDate: _sortDate, rank: _rank, rankReason: _rankReason, ...data } = withoutAudit(decodeStatement(row));
    return { ...data, aboutIds: about.map((a) => a.actorId) };
  },
  async check(db, _id, data) {
    const checked = parse(z.object(statementFields).strict(), data);
    await requireStored(db, "actors", [checked.speakerId], "input.speakerId");
    await requireStored(db, "actors", checked.aboutIds, "input.aboutIds");
    if (checked.occasionId) await requireStored(db, "events", [checked.occasionId], "input.occasionId");
    return checked;
  },
  async write(db, id, data, updatedAt) {
    const statement = { ...(data as z.output<z.ZodObject<typeof statementFields>>), id, evidence: [] };
    const { id: _id, rank: _rank, rankReason: _rankReason, ...columns } = statementRow(statement);
    await db
      .updateTable("statements")
      .set({ ...columns, updatedAt })
      .where("id", "=", id)
      .execute();
    await db.deleteFrom("statementAbout").where("statementId", "=", id).execute();
    if (statement.aboutIds.length > 0) {
      await db
        .insertInto("statementAbout")
        .values(statement.aboutIds.map((actorId, position) => ({ statementId: id, actorId, position })))
        .execute();
    }
  },
  reindex: (db, id) => indexRecords(db, "Statement", [id]),
};

const denialKind: RecordKind = {
  patch: denialPatch,
  async read(db, id) {
    const row = await db.selectFrom("denials").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    const { id: _id, sortDate: _sortDate, target, ...data } = withoutAudit(decodeDenial(row));
    return { ...data, targetType: target.type, targetId: target.id };
  },
  async check(db, _id, data) {
    const checked = parse(z.object(denialFields).strict(), data);
    await requireStored(db, "actors", [checked.denierId], "input.denierId");
    await requireStored(db, checked.targetType === "Statement" ? "statements" : "events", [checked.targetId], "input.targetId");
    return checked;
  },
  async write(db, id, data, updatedAt) {
    const { id: _id, ...columns } = denialRow({ ...(data as z.output<z.ZodObject<typeof denialFields>>), id, evidence: [] });
    await db
      .updateTable("denials")
      .set({ ...columns, updatedAt })
      .where("id", "=", id)
      .execute();
  },
  reindex: (db, id) => indexRecords(db, "Denial", [id]),
};

const sourceKind: RecordKind = {
  patch: sourcePatch,
  async read(db, id) {
    const row = await db.selectFrom("sources").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return null;
    const { title, publisher, url, publishedAt, note } = decodeSource(row);
    return { title, publisher, url, publishedAt, note };
  },
  check: (_db, _id, data) => Promise.resolve(parse(z.object(sourceFields).strict(), data)),
  async write(db, id, data, updatedAt) {
    const source = data as z.output<z.ZodObject<typeof sourceFields>>;
    await db
      .updateTable("sources")
      .set({ ...source, publishedAt: source.publishedAt ? JSON.stringify(source.publishedAt) : null, updatedAt })
      .where("id", "=", id)
      .execute();
  },
  reindex: () => Promise.resolve(),
};

export const RECORD_KINDS: Record<EditableType, RecordKind> = {
  Person: actorKind("Person"),
  Organization: actorKind("Organization"),
  Event: eventKind,
  Statement: statementKind,
  Denial: denialKind,
  Source: sourceKind,
};

/** A record's own fields, without who stored it and when (which no patch may change). */
function withoutAudit<R extends { createdAt: string; updatedAt: string; createdBy: string }>(
  record: R,
): Omit<R, "createdAt" | "updatedAt" | "createdBy"> {
  const { createdAt: _createdAt, updatedAt: _updatedAt, createdBy: _createdBy, ...own } = record;
  return own;
}

/** Parses with `schema`, naming every problem's path under `input`. */
function parse<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
  return parseInput(schema, data, ["input"]);
}

/** Throws INVALID_REFERENCE at `path` unless every id names a stored row of `table`. */
async function requireStored(
  db: Kysely<Database>,
  table: "actors" | "events" | "statements",
  ids: readonly string[],
  path: string,
): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set((await db.selectFrom(table).select("id").where("id", "in", ids).execute()).map((r) => r.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw new WriteError("INVALID_REFERENCE", path, `no ${table.slice(0, -1)} with id "${missing}"`);
}
