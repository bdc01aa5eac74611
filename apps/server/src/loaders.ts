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
  type ActorRow,
  type DenialRow,
  type EventParticipantRow,
  type EventRow,
  type EvidenceRecordType,
  type EvidenceRow,
  type SourceRow,
  type StatementRow,
  type Store,
} from "@claimline/store";
import DataLoader from "dataloader";

/** One query per relation per request, however many records ask: the per-request DataLoaders. */
export interface Loaders {
  actor: DataLoader<string, ActorRow | null>;
  event: DataLoader<string, EventRow | null>;
  statement: DataLoader<string, StatementRow | null>;
  denial: DataLoader<string, DenialRow | null>;
  source: DataLoader<string, SourceRow | null>;
  /** Keyed by `Type:slug` of the record (Actor, Statement, Denial, Event). */
  evidence: DataLoader<string, EvidenceRow[]>;
  aboutActorIds: DataLoader<string, string[]>;
  participants: DataLoader<string, EventParticipantRow[]>;
  denialsOfStatement: DataLoader<string, DenialRow[]>;
  denialsOfEvent: DataLoader<string, DenialRow[]>;
}

export function createLoaders({ db }: Store): Loaders {
  return {
    actor: byId((ids) => getActors(db, ids)),
    event: byId((ids) => getEvents(db, ids)),
    statement: byId((ids) => getStatements(db, ids)),
    denial: byId((ids) => getDenials(db, ids)),
    source: byId((ids) => getSources(db, ids)),
    evidence: new DataLoader(async (keys) => {
      const byType = new Map<EvidenceRecordType, string[]>();
      for (const key of keys) {
        const [type, id] = key.split(":") as [EvidenceRecordType, string];
        byType.set(type, [...(byType.get(type) ?? []), id]);
      }
      const rows = (await Promise.all([...byType].map(([type, ids]) => getEvidence(db, type, ids)))).flat();
      return groupBy(keys, rows, (r) => `${r.recordType}:${r.recordId}`);
    }),
    aboutActorIds: new DataLoader(async (ids) =>
      groupBy(ids, await getStatementAbout(db, ids), (r) => r.statementId).map((rows) => rows.map((r) => r.actorId)),
    ),
    participants: new DataLoader(async (ids) => groupBy(ids, await getParticipants(db, ids), (r) => r.eventId)),
    denialsOfStatement: new DataLoader(async (ids) =>
      groupBy(ids, await getDenialsOfTargets(db, "statement", ids), (r) => r.targetStatementId!),
    ),
    denialsOfEvent: new DataLoader(async (ids) => groupBy(ids, await getDenialsOfTargets(db, "event", ids), (r) => r.targetEventId!)),
  };
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
  return keys.map((k) => groups.get(k)!);
}
