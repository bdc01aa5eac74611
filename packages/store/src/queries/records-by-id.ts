import type { Kysely } from "kysely";
import type { EvidenceRecordType } from "../domain/enums.js";
import { decodeActor, type ActorRecord } from "../records/actor.record.js";
import { decodeDenial, type DenialRecord } from "../records/denial.record.js";
import { decodeEvent, type EventRecord } from "../records/event.record.js";
import { decodeSource, type SourceRecord } from "../records/source.record.js";
import { decodeStatement, STATEMENT_SELECTION, type StatementRecord } from "../records/statement.record.js";
import type { Database } from "../tables/database.js";
import type { EventParticipantRow } from "../tables/event.table.js";
import type { EvidenceRow } from "../tables/evidence.table.js";
import type { StatementAboutRow } from "../tables/statement.table.js";

// Records by id, for the server's per-request loaders: missing ids are simply absent, order is not kept.

export async function getActors(db: Kysely<Database>, ids: readonly string[]): Promise<ActorRecord[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom("actors").selectAll().where("id", "in", ids).execute()).map(decodeActor);
}

export async function getStatements(db: Kysely<Database>, ids: readonly string[]): Promise<StatementRecord[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom("statements").select(STATEMENT_SELECTION).where("id", "in", ids).execute()).map(decodeStatement);
}

export async function getDenials(db: Kysely<Database>, ids: readonly string[]): Promise<DenialRecord[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom("denials").selectAll().where("id", "in", ids).execute()).map(decodeDenial);
}

export async function getEvents(db: Kysely<Database>, ids: readonly string[]): Promise<EventRecord[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom("events").selectAll().where("id", "in", ids).execute()).map(decodeEvent);
}

export async function getSources(db: Kysely<Database>, ids: readonly string[]): Promise<SourceRecord[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom("sources").selectAll().where("id", "in", ids).execute()).map(decodeSource);
}

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

/** Participants of each event, in the order recorded. */
export async function getParticipants(db: Kysely<Database>, eventIds: readonly string[]): Promise<EventParticipantRow[]> {
  if (eventIds.length === 0) return [];
  return db.selectFrom("eventParticipants").selectAll().where("eventId", "in", eventIds).orderBy("position").execute();
}

/** The actors each statement is about, as (statementId, actorId) pairs in the order recorded. */
export async function getStatementAbout(db: Kysely<Database>, statementIds: readonly string[]): Promise<StatementAboutRow[]> {
  if (statementIds.length === 0) return [];
  return db.selectFrom("statementAbout").selectAll().where("statementId", "in", statementIds).orderBy("position").execute();
}

/** Every denial of any of these statements or events, oldest first. */
export async function getDenialsOfTargets(
  db: Kysely<Database>,
  target: "Statement" | "Event",
  ids: readonly string[],
): Promise<DenialRecord[]> {
  if (ids.length === 0) return [];
  const column = target === "Statement" ? "targetStatementId" : "targetEventId";
  return (await db.selectFrom("denials").selectAll().where(column, "in", ids).orderBy("sortDate").orderBy("id").execute()).map(
    decodeDenial,
  );
}
