import {
  getActors,
  getDenials,
  getDenialsOfTargets,
  getEvents,
  getEvidence,
  getParticipants,
  getSources,
  getStatementAbout,
  getStatements,
  type ActorRecord,
  type DenialRecord,
  type EventParticipantRow,
  type EventRecord,
  type EvidenceRecordType,
  type EvidenceRow,
  type SourceRecord,
  type StatementRecord,
  type Store,
} from "@claimline/store";
import DataLoader from "dataloader";

/** A record of a kind that rests on evidence, by slug. */
export interface RecordRef {
  type: EvidenceRecordType;
  slug: string;
}

/** One query per relation per request, however many records ask: records by slug and their bounded relations. */
export interface RecordLoaders {
  actor: DataLoader<string, ActorRecord | null>;
  event: DataLoader<string, EventRecord | null>;
  statement: DataLoader<string, StatementRecord | null>;
  denial: DataLoader<string, DenialRecord | null>;
  source: DataLoader<string, SourceRecord | null>;
  evidence: DataLoader<RecordRef, EvidenceRow[], string>;
  aboutActorIds: DataLoader<string, string[]>;
  participants: DataLoader<string, EventParticipantRow[]>;
  denialsOfStatement: DataLoader<string, DenialRecord[]>;
  denialsOfEvent: DataLoader<string, DenialRecord[]>;
}

export function createRecordLoaders({ db }: Store): RecordLoaders {
  return {
    actor: byId((ids) => getActors(db, ids)),
    event: byId((ids) => getEvents(db, ids)),
    statement: byId((ids) => getStatements(db, ids)),
    denial: byId((ids) => getDenials(db, ids)),
    source: byId((ids) => getSources(db, ids)),
    evidence: new DataLoader(
      async (refs) => {
        const types = [...new Set(refs.map((r) => r.type))];
        const slugsOf = (type: EvidenceRecordType) => refs.filter((r) => r.type === type).map((r) => r.slug);
        const rows = (await Promise.all(types.map((type) => getEvidence(db, type, slugsOf(type))))).flat();
        return groupBy(refs.map(refKey), rows, (r) => refKey({ type: r.recordType, slug: r.recordId }));
      },
      { cacheKeyFn: refKey },
    ),
    aboutActorIds: new DataLoader(async (ids) =>
      groupBy(ids, await getStatementAbout(db, ids), (r) => r.statementId).map((rows) => rows.map((r) => r.actorId)),
    ),
    participants: new DataLoader(async (ids) => groupBy(ids, await getParticipants(db, ids), (r) => r.eventId)),
    denialsOfStatement: new DataLoader(async (ids) => groupBy(ids, await getDenialsOfTargets(db, "Statement", ids), (r) => r.target.id)),
    denialsOfEvent: new DataLoader(async (ids) => groupBy(ids, await getDenialsOfTargets(db, "Event", ids), (r) => r.target.id)),
  };
}

function refKey(ref: RecordRef): string {
  return `${ref.type}:${ref.slug}`;
}

function byId<Row extends { id: string }>(fetch: (ids: readonly string[]) => Promise<Row[]>): DataLoader<string, Row | null> {
  return new DataLoader(async (ids) => {
    const rows = new Map((await fetch(ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

function groupBy<Row>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
