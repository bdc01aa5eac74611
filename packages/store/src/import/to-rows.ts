import { createHash } from "node:crypto";
import type { NewActorRow } from "../tables/actor.table.js";
import type { NewDenialRow } from "../tables/denial.table.js";
import type { NewEventRow } from "../tables/event.table.js";
import type { NewSourceRow } from "../tables/source.table.js";
import type { NewStatementRow } from "../tables/statement.table.js";
import type { ActorData, DenialData, EventData, PartialDateData, SourceDocument, StatementData } from "./document.schema.js";

/** Where an ongoing event's open end lies for date filters: after every date. */
const OPEN_END = "9999-12-31";

/** A partial date as its stored JSON and bounds. */
export function dateColumns(date: PartialDateData | null) {
  return {
    json: date ? JSON.stringify(date) : null,
    earliest: date?.earliest ?? null,
    latest: date?.latest ?? null,
    /** Sort key: the earliest known day (so always inside the date's bounds); undated records sort before every date. */
    sortDate: date?.earliest ?? date?.latest ?? "",
  };
}

/** Lower-cased name and aliases: what name filters match against. */
export function searchName(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].join("\n").toLowerCase();
}

export function sourceRow(doc: SourceDocument): Omit<NewSourceRow, "createdAt" | "updatedAt" | "createdBy"> {
  const { source, text } = doc;
  return {
    ...source,
    publishedAt: source.publishedAt ? JSON.stringify(source.publishedAt) : null,
    text,
    textLength: text.length,
    contentHash: createHash("sha256").update(text).digest("hex"),
  };
}

export function actorRow(a: ActorData): Omit<NewActorRow, "createdAt" | "updatedAt" | "createdBy"> {
  return {
    id: a.id,
    type: a.type,
    kind: a.kind,
    name: a.name,
    aliases: JSON.stringify(a.aliases),
    searchName: searchName(a.name, a.aliases),
    description: a.description,
    country: a.country,
    roles: JSON.stringify(a.roles),
  };
}

export function eventRow(e: EventData): Omit<NewEventRow, "createdAt" | "updatedAt" | "createdBy"> {
  const start = dateColumns(e.start);
  const end = dateColumns(e.end);
  return {
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
    latest: end.latest ?? (e.status === "ONGOING" ? OPEN_END : (start.latest ?? start.earliest)),
    sortDate: start.sortDate,
    location: e.location,
    partOfId: e.partOfId,
    note: e.note,
  };
}

export function statementRow(s: StatementData): Omit<NewStatementRow, "createdAt" | "updatedAt" | "createdBy"> {
  const stated = dateColumns(s.statedAt);
  return {
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
  };
}

export function denialRow(d: DenialData): Omit<NewDenialRow, "createdAt" | "updatedAt" | "createdBy"> {
  const stated = dateColumns(d.statedAt);
  return {
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
  };
}
