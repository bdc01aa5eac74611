import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { EvidenceRecordType, NewEvidenceRow } from "../tables/evidence.table.js";
import type { EventData, SourceDocument, SpanData } from "./document.js";
import { writeTransaction } from "../write-transaction.js";
import { ImportError } from "./import-error.js";
import { dateColumns, searchName } from "./to-rows.js";
import { validateDocument, type KnownIds } from "./validate-document.js";

export interface ImportSummary {
  sourceId: string;
  actors: number;
  events: number;
  statements: number;
  denials: number;
  evidence: number;
}

/**
 * Stores a whole annotated source in one write transaction: all of it or, on any error, none of it.
 * Actors and events already stored (say, Putin from an earlier article) are kept as they are and gain the new spans.
 */
export async function importDocument(db: Kysely<Database>, doc: SourceDocument): Promise<ImportSummary> {
  return writeTransaction(db, async (trx) => {
    const existing = await trx.selectFrom("sources").select("id").where("id", "=", doc.source.id).executeTakeFirst();
    if (existing) throw new ImportError("DUPLICATE_ID", "source.id", `a source with id "${doc.source.id}" is already stored`);
    validateDocument(doc, await knownIds(trx, doc));

    const now = new Date().toISOString();
    await trx
      .insertInto("sources")
      .values({
        ...doc.source,
        publishedAt: doc.source.publishedAt ? JSON.stringify(doc.source.publishedAt) : null,
        text: doc.text,
        contentHash: createHash("sha256").update(doc.text).digest("hex"),
        createdAt: now,
      })
      .execute();

    const evidence: NewEvidenceRow[] = [];
    const addEvidence = async (recordType: EvidenceRecordType, recordId: string, spans: SpanData[]) => {
      const { next } = await trx
        .selectFrom("evidence")
        .select((eb) => eb.fn.coalesce(eb.fn.max("position"), eb.lit(-1)).as("next"))
        .where("recordType", "=", recordType)
        .where("recordId", "=", recordId)
        .executeTakeFirstOrThrow();
      spans.forEach((s, i) =>
        evidence.push({
          recordType,
          recordId,
          position: Number(next) + 1 + i,
          sourceId: doc.source.id,
          spanStart: s.start,
          spanEnd: s.end,
          exact: s.exact,
          prefix: s.prefix,
          suffix: s.suffix,
        }),
      );
    };

    for (const a of doc.actors) {
      const { evidence: spans, aliases, roles, ...actor } = a;
      await trx
        .insertInto("actors")
        .values({
          ...actor,
          aliases: JSON.stringify(aliases),
          roles: JSON.stringify(roles),
          searchName: searchName(a.name, aliases),
          createdAt: now,
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
      await addEvidence("Actor", a.id, spans);
    }

    for (const e of parentsFirst(doc.events)) {
      const start = dateColumns(e.start);
      const end = dateColumns(e.end);
      await trx
        .insertInto("events")
        .values({
          id: e.id,
          title: e.title,
          description: e.description,
          type: e.type,
          status: e.status,
          startDate: start.json,
          startEarliest: start.earliest,
          startLatest: start.latest,
          endDate: end.json,
          endEarliest: end.earliest,
          endLatest: end.latest,
          earliest: start.earliest ?? start.latest ?? end.earliest,
          latest: end.latest ?? (e.status === "ONGOING" ? "9999-12-31" : (start.latest ?? start.earliest)),
          sortDate: start.sortDate,
          location: e.location,
          partOfId: e.partOfId,
          note: e.note,
          createdAt: now,
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
      await insertAll(
        trx,
        "eventParticipants",
        e.participants.map((p, position) => ({ eventId: e.id, actorId: p.actorId, role: p.role, position })),
        true,
      );
      await addEvidence("Event", e.id, e.evidence);
    }

    for (const s of doc.statements) {
      const stated = dateColumns(s.statedAt);
      await trx
        .insertInto("statements")
        .values({
          id: s.id,
          speakerId: s.speakerId,
          content: s.content,
          quote: s.quote,
          quoteType: s.quoteType,
          speechAct: s.speechAct,
          cue: s.cue,
          hedge: s.hedge,
          statedAt: stated.json,
          statedEarliest: stated.earliest,
          statedLatest: stated.latest,
          sortDate: stated.sortDate,
          occasionId: s.occasionId,
          topics: JSON.stringify(s.topics),
          rank: "NORMAL",
          rankReason: null,
          note: s.note,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      await insertAll(
        trx,
        "statementAbout",
        s.aboutIds.map((actorId, position) => ({ statementId: s.id, actorId, position })),
      );
      await addEvidence("Statement", s.id, s.evidence);
    }

    for (const d of doc.denials) {
      const stated = dateColumns(d.statedAt);
      await trx
        .insertInto("denials")
        .values({
          id: d.id,
          denierId: d.denierId,
          targetStatementId: d.targetType === "Statement" ? d.targetId : null,
          targetEventId: d.targetType === "Event" ? d.targetId : null,
          content: d.content,
          quote: d.quote,
          cue: d.cue,
          statedAt: stated.json,
          statedEarliest: stated.earliest,
          statedLatest: stated.latest,
          sortDate: stated.sortDate,
          note: d.note,
          createdAt: now,
        })
        .execute();
      await addEvidence("Denial", d.id, d.evidence);
    }

    await insertAll(trx, "evidence", evidence);
    return {
      sourceId: doc.source.id,
      actors: doc.actors.length,
      events: doc.events.length,
      statements: doc.statements.length,
      denials: doc.denials.length,
      evidence: evidence.length,
    };
  });
}

/** Ids the document refers to that are already stored. */
async function knownIds(trx: Kysely<Database>, doc: SourceDocument): Promise<KnownIds> {
  const actorRefs = new Set([
    ...doc.statements.flatMap((s) => [s.speakerId, ...s.aboutIds]),
    ...doc.denials.map((d) => d.denierId),
    ...doc.events.flatMap((e) => e.participants.map((p) => p.actorId)),
  ]);
  const eventRefs = new Set([
    ...doc.events.flatMap((e) => (e.partOfId ? [e.partOfId] : [])),
    ...doc.statements.flatMap((s) => (s.occasionId ? [s.occasionId] : [])),
    ...doc.denials.filter((d) => d.targetType === "Event").map((d) => d.targetId),
  ]);
  const statementRefs = new Set(doc.denials.filter((d) => d.targetType === "Statement").map((d) => d.targetId));
  const stored = async (table: "actors" | "events" | "statements", ids: Set<string>) =>
    ids.size === 0
      ? new Set<string>()
      : new Set(
          (
            await trx
              .selectFrom(table)
              .select("id")
              .where("id", "in", [...ids])
              .execute()
          ).map((r) => r.id),
        );
  return {
    actors: await stored("actors", actorRefs),
    events: await stored("events", eventRefs),
    statements: await stored("statements", statementRefs),
  };
}

/** Events ordered so that each comes after the event it is part of (foreign keys are checked per row). */
function parentsFirst(events: EventData[]): EventData[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const ordered: EventData[] = [];
  const placed = new Set<string>();
  const place = (e: EventData, trail: Set<string>) => {
    if (placed.has(e.id)) return;
    if (trail.has(e.id)) throw new ImportError("INVALID_REFERENCE", `events.${e.id}.partOfId`, "events are part of each other in a cycle");
    const parent = e.partOfId ? byId.get(e.partOfId) : undefined;
    if (parent) place(parent, new Set([...trail, e.id]));
    placed.add(e.id);
    ordered.push(e);
  };
  events.forEach((e) => place(e, new Set()));
  return ordered;
}

const CHUNK = 500;

/** Inserts rows in chunks that stay under every dialect's bound-parameter limit. */
async function insertAll<T extends "evidence" | "statementAbout" | "eventParticipants">(
  trx: Kysely<Database>,
  table: T,
  rows: Parameters<ReturnType<Kysely<Database>["insertInto"]>["values"]>[0][],
  ignoreExisting = false,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const query = trx.insertInto(table).values(rows.slice(i, i + CHUNK) as never);
    await (ignoreExisting ? query.onConflict((oc) => oc.doNothing()) : query).execute();
  }
}
