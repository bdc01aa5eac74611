import type { Kysely } from "kysely";
import { buildDerivedData, type AddedRecords } from "../derived-data.js";
import { SEARCHABLE_TYPES, type EvidenceRecordType } from "../domain/enums.js";
import type { EventData, RecordSet, SpanData } from "../import/document.schema.js";
import { insertRows } from "../import/insert-rows.js";
import { actorRow, denialRow, eventRow, statementRow } from "../import/to-rows.js";
import { spanContext, validateRecords, type KnownIds } from "../import/validate-document.js";
import type { Database } from "../tables/database.js";
import type { NewEvidenceRow } from "../tables/evidence.table.js";
import { WriteError } from "./write-error.js";

/** Who writes, and when: recorded on every row (`createdBy`, `createdAt`). */
export interface Authorship {
  /** A token's name, or "import" / "seed" for the command line and the seed. */
  author: string;
  now: string;
}

export interface WriteSummary {
  actors: number;
  events: number;
  statements: number;
  denials: number;
  evidence: number;
}

/**
 * Stores records in the open write transaction `trx`, after checking them against what is stored: references,
 * spans (in the source each names, or `defaultSource` when it names none), new ids. Actors and events already
 * stored are kept as they are and gain the new spans (an actor shared across sources). Builds the derived data (the
 * search index) of what it writes, unless given `added`: then it lists the new records' ids there for the caller
 * to build it later in the same transaction (a bulk import does so once, after its last document).
 * Example: `await writeRecords(trx, { actors: [], events: [], statements: [s], denials: [] }, null, by)`.
 */
export async function writeRecords(
  trx: Kysely<Database>,
  set: RecordSet,
  defaultSource: { id: string; text: string } | null,
  { author, now }: Authorship,
  added?: AddedRecords,
): Promise<WriteSummary> {
  const known = await knownIds(trx, set);
  const texts = await sourceTexts(trx, set, defaultSource);
  const sourceOf = (span: SpanData) => span.sourceId ?? defaultSource?.id ?? "";
  validateRecords(set, known, (span) => texts.get(sourceOf(span)));

  const stamp = { createdAt: now, updatedAt: now, createdBy: author };
  const newActors = set.actors.filter((a) => !known.actors.has(a.id));
  const newEvents = parentsFirst(set.events).filter((e) => !known.events.has(e.id));
  await insertRows(
    trx,
    "actors",
    newActors.map((a) => ({ ...actorRow(a), ...stamp })),
  );
  await insertRows(
    trx,
    "events",
    newEvents.map((e) => ({ ...eventRow(e), ...stamp })),
  );
  await insertRows(
    trx,
    "eventParticipants",
    newEvents.flatMap((e) => e.participants.map((p, position) => ({ eventId: e.id, actorId: p.actorId, role: p.role, position }))),
  );
  await insertRows(
    trx,
    "statements",
    set.statements.map((s) => ({ ...statementRow(s), ...stamp })),
  );
  await insertRows(
    trx,
    "statementAbout",
    set.statements.flatMap((s) => s.aboutIds.map((actorId, position) => ({ statementId: s.id, actorId, position }))),
  );
  await insertRows(
    trx,
    "denials",
    set.denials.map((d) => ({ ...denialRow(d), ...stamp })),
  );
  const evidence = await evidenceRows(trx, set, known, (span) => ({ sourceId: sourceOf(span), text: texts.get(sourceOf(span)) ?? "" }));
  await insertRows(trx, "evidence", evidence);

  const ids = {
    Actor: newActors.map((a) => a.id),
    Event: newEvents.map((e) => e.id),
    Statement: set.statements.map((s) => s.id),
    Denial: set.denials.map((d) => d.id),
  };
  if (added) {
    for (const type of SEARCHABLE_TYPES) for (const id of ids[type]) added[type].push(id);
  } else {
    await buildDerivedData(trx, ids);
  }
  return {
    actors: set.actors.length,
    events: set.events.length,
    statements: set.statements.length,
    denials: set.denials.length,
    evidence: evidence.length,
  };
}

/** The texts of every source the records' spans name, the default source's included. */
async function sourceTexts(
  trx: Kysely<Database>,
  set: RecordSet,
  defaultSource: { id: string; text: string } | null,
): Promise<Map<string, string>> {
  const named = new Set(
    [...set.actors, ...set.events, ...set.statements, ...set.denials].flatMap((r) =>
      r.evidence.flatMap((s) => (s.sourceId ? [s.sourceId] : [])),
    ),
  );
  const texts = new Map<string, string>();
  if (defaultSource) {
    texts.set(defaultSource.id, defaultSource.text);
    named.delete(defaultSource.id);
  }
  if (named.size > 0) {
    const rows = await trx
      .selectFrom("sources")
      .select(["id", "text"])
      .where("id", "in", [...named])
      .execute();
    rows.forEach((r) => texts.set(r.id, r.text));
  }
  return texts;
}

/** Every span as evidence rows; records already stored continue their own numbering. */
async function evidenceRows(
  trx: Kysely<Database>,
  set: RecordSet,
  known: KnownIds,
  placeOf: (span: SpanData) => { sourceId: string; text: string },
): Promise<NewEvidenceRow[]> {
  const reused = [...set.actors.filter((a) => known.actors.has(a.id)), ...set.events.filter((e) => known.events.has(e.id))].map(
    (r) => r.id,
  );
  const next = new Map<string, number>();
  if (reused.length > 0) {
    const rows = await trx
      .selectFrom("evidence")
      .select(["recordType", "recordId", (eb) => eb.fn.max("position").as("last")])
      .where("recordType", "in", ["Actor", "Event"])
      .where("recordId", "in", reused)
      .groupBy(["recordType", "recordId"])
      .execute();
    rows.forEach((r) => next.set(`${r.recordType}:${r.recordId}`, r.last + 1));
  }
  const rows: NewEvidenceRow[] = [];
  const add = (recordType: EvidenceRecordType, recordId: string, spans: SpanData[]) => {
    const first = next.get(`${recordType}:${recordId}`) ?? 0;
    spans.forEach((s, i) => {
      const { sourceId, text } = placeOf(s);
      rows.push({
        recordType,
        recordId,
        position: first + i,
        sourceId,
        spanStart: s.start,
        spanEnd: s.end,
        exact: s.exact,
        ...spanContext(text, s.start, s.end),
      });
    });
  };
  set.actors.forEach((a) => {
    add("Actor", a.id, a.evidence);
  });
  set.events.forEach((e) => {
    add("Event", e.id, e.evidence);
  });
  set.statements.forEach((s) => {
    add("Statement", s.id, s.evidence);
  });
  set.denials.forEach((d) => {
    add("Denial", d.id, d.evidence);
  });
  return rows;
}

/** Ids the records use — their own or as references — that are already stored. */
async function knownIds(trx: Kysely<Database>, set: RecordSet): Promise<KnownIds> {
  const actorIds = new Set([
    ...set.actors.map((a) => a.id),
    ...set.statements.flatMap((s) => [s.speakerId, ...s.aboutIds]),
    ...set.denials.map((d) => d.denierId),
    ...set.events.flatMap((e) => e.participants.map((p) => p.actorId)),
  ]);
  const eventIds = new Set([
    ...set.events.map((e) => e.id),
    ...set.events.flatMap((e) => (e.partOfId ? [e.partOfId] : [])),
    ...set.statements.flatMap((s) => (s.occasionId ? [s.occasionId] : [])),
    ...set.denials.filter((d) => d.targetType === "Event").map((d) => d.targetId),
  ]);
  const statementIds = new Set([
    ...set.statements.map((s) => s.id),
    ...set.denials.filter((d) => d.targetType === "Statement").map((d) => d.targetId),
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
    denials: await stored("denials", new Set(set.denials.map((d) => d.id))),
  };
}

/** Events ordered so that each comes after the event it is part of (foreign keys are checked per row). */
function parentsFirst(events: EventData[]): EventData[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const ordered: EventData[] = [];
  const placed = new Set<string>();
  const place = (e: EventData, trail: Set<string>) => {
    if (placed.has(e.id)) return;
    if (trail.has(e.id)) throw new WriteError("INVALID_REFERENCE", `events.${e.id}.partOfId`, "events are part of each other in a cycle");
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
