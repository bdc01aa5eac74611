import type { Kysely } from "kysely";
import type { EvidenceRecordType } from "../domain/enums.js";
import { indexRecords } from "../search/index-records.js";
import type { Database } from "../tables/database.js";
import type { NewEvidenceRow } from "../tables/evidence.table.js";
import { writeTransaction } from "../write-transaction.js";
import type { EventData, SourceDocument, SpanData } from "./document.schema.js";
import { ImportError } from "./import-error.js";
import { insertRows } from "./insert-rows.js";
import { parseDocument } from "./parse-document.js";
import { actorRow, denialRow, eventRow, sourceRow, statementRow } from "./to-rows.js";
import { spanContext, validateDocument, type KnownIds } from "./validate-document.js";

export interface ImportSummary {
  sourceId: string;
  actors: number;
  events: number;
  statements: number;
  denials: number;
  evidence: number;
}

/**
 * Checks a whole annotated source (shape, enums, spans, references) and stores it in one write transaction, indexed
 * for search: all of it or, on any error, none of it. Actors and events already stored (say, Putin from an earlier
 * article) are kept as they are and gain the new spans. Example: `await importDocument(db, JSON.parse(file))`.
 */
export async function importDocument(db: Kysely<Database>, input: unknown): Promise<ImportSummary> {
  const doc = parseDocument(input);
  return writeTransaction(db, async (trx) => {
    const existing = await trx.selectFrom("sources").select("id").where("id", "=", doc.source.id).executeTakeFirst();
    if (existing) throw new ImportError("DUPLICATE_ID", "source.id", `a source with id "${doc.source.id}" is already stored`);
    const known = await knownIds(trx, doc);
    validateDocument(doc, known);

    const now = new Date().toISOString();
    const newActors = doc.actors.filter((a) => !known.actors.has(a.id));
    const newEvents = parentsFirst(doc.events).filter((e) => !known.events.has(e.id));
    await insertRows(trx, "sources", [sourceRow(doc, now)]);
    await insertRows(
      trx,
      "actors",
      newActors.map((a) => actorRow(a, now)),
    );
    await insertRows(
      trx,
      "events",
      newEvents.map((e) => eventRow(e, now)),
    );
    await insertRows(
      trx,
      "eventParticipants",
      newEvents.flatMap((e) => e.participants.map((p, position) => ({ eventId: e.id, actorId: p.actorId, role: p.role, position }))),
    );
    await insertRows(
      trx,
      "statements",
      doc.statements.map((s) => statementRow(s, now)),
    );
    await insertRows(
      trx,
      "statementAbout",
      doc.statements.flatMap((s) => s.aboutIds.map((actorId, position) => ({ statementId: s.id, actorId, position }))),
    );
    await insertRows(
      trx,
      "denials",
      doc.denials.map((d) => denialRow(d, now)),
    );
    const evidence = await evidenceRows(trx, doc, known);
    await insertRows(trx, "evidence", evidence);

    await indexRecords(
      trx,
      "Actor",
      newActors.map((a) => a.id),
    );
    await indexRecords(
      trx,
      "Event",
      newEvents.map((e) => e.id),
    );
    await indexRecords(
      trx,
      "Statement",
      doc.statements.map((s) => s.id),
    );
    await indexRecords(
      trx,
      "Denial",
      doc.denials.map((d) => d.id),
    );
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

/** Every span of the document as evidence rows; records already stored continue their own numbering. */
async function evidenceRows(trx: Kysely<Database>, doc: SourceDocument, known: KnownIds): Promise<NewEvidenceRow[]> {
  const reused = [
    ...doc.actors.filter((a) => known.actors.has(a.id)).map((a) => ["Actor", a.id] as const),
    ...doc.events.filter((e) => known.events.has(e.id)).map((e) => ["Event", e.id] as const),
  ];
  const next = new Map<string, number>();
  if (reused.length > 0) {
    const rows = await trx
      .selectFrom("evidence")
      .select(["recordType", "recordId", (eb) => eb.fn.max("position").as("last")])
      .where(
        "recordId",
        "in",
        reused.map(([, id]) => id),
      )
      .groupBy(["recordType", "recordId"])
      .execute();
    rows.forEach((r) => next.set(`${r.recordType}:${r.recordId}`, r.last + 1));
  }
  const rows: NewEvidenceRow[] = [];
  const add = (recordType: EvidenceRecordType, recordId: string, spans: SpanData[]) => {
    const first = next.get(`${recordType}:${recordId}`) ?? 0;
    spans.forEach((s, i) => {
      rows.push({
        recordType,
        recordId,
        position: first + i,
        sourceId: doc.source.id,
        spanStart: s.start,
        spanEnd: s.end,
        exact: s.exact,
        ...spanContext(doc.text, s.start, s.end),
      });
    });
  };
  doc.actors.forEach((a) => add("Actor", a.id, a.evidence));
  doc.events.forEach((e) => add("Event", e.id, e.evidence));
  doc.statements.forEach((s) => add("Statement", s.id, s.evidence));
  doc.denials.forEach((d) => add("Denial", d.id, d.evidence));
  return rows;
}

/** Ids the document uses — its own or as references — that are already stored. */
async function knownIds(trx: Kysely<Database>, doc: SourceDocument): Promise<KnownIds> {
  const actorIds = new Set([
    ...doc.actors.map((a) => a.id),
    ...doc.statements.flatMap((s) => [s.speakerId, ...s.aboutIds]),
    ...doc.denials.map((d) => d.denierId),
    ...doc.events.flatMap((e) => e.participants.map((p) => p.actorId)),
  ]);
  const eventIds = new Set([
    ...doc.events.map((e) => e.id),
    ...doc.events.flatMap((e) => (e.partOfId ? [e.partOfId] : [])),
    ...doc.statements.flatMap((s) => (s.occasionId ? [s.occasionId] : [])),
    ...doc.denials.filter((d) => d.targetType === "Event").map((d) => d.targetId),
  ]);
  const statementIds = new Set([
    ...doc.statements.map((s) => s.id),
    ...doc.denials.filter((d) => d.targetType === "Statement").map((d) => d.targetId),
  ]);
  const stored = async (table: "actors" | "events" | "statements" | "denials", ids: Set<string>) => {
    const found = new Set<string>();
    const list = [...ids];
    for (let i = 0; i < list.length; i += 10_000) {
      const rows = await trx
        .selectFrom(table)
        .select("id")
        .where("id", "in", list.slice(i, i + 10_000))
        .execute();
      rows.forEach((r) => found.add(r.id));
    }
    return found;
  };
  return {
    actors: await stored("actors", actorIds),
    events: await stored("events", eventIds),
    statements: await stored("statements", statementIds),
    denials: await stored("denials", new Set(doc.denials.map((d) => d.id))),
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
  events.forEach((e) => {
    place(e, new Set());
  });
  return ordered;
}
