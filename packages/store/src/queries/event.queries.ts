import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { EventParticipantRow, EventRow } from "../tables/event.table.js";
import { overlaps, type DayRange } from "./date-overlap.js";
import { matchesText } from "./full-text.js";
import { keysetPage, toPage, type Page, type PageRequest } from "./keyset.js";
import { countPerParent, firstPagePerParent, type FirstPageRequest } from "./per-parent.js";
import { emptyGuard } from "./statement.queries.js";

/** Conditions on events; all given must hold. `statuses` may include DISPUTED, meaning denied. */
export interface EventQuery {
  statuses?: readonly string[] | null;
  types?: readonly string[] | null;
  participantIds?: readonly string[] | null;
  during?: DayRange | null;
  text?: string | null;
}

function whereEvents(db: Kysely<Database>, query: EventQuery) {
  return (eb: ExpressionBuilder<Database, "events">) => {
    const conditions = [];
    if (query.statuses) {
      // An event anyone denies reads DISPUTED, whatever status it was recorded with.
      const denied = eb.exists(eb.selectFrom("denials").select("denials.id").whereRef("denials.targetEventId", "=", "events.id"));
      const recorded = query.statuses.filter((s) => s !== "DISPUTED");
      const alternatives = [eb.and([eb.not(denied), eb("events.status", "in", emptyGuard(recorded))])];
      if (query.statuses.includes("DISPUTED")) alternatives.push(denied);
      conditions.push(eb.or(alternatives));
    }
    if (query.types) conditions.push(eb("events.type", "in", emptyGuard(query.types)));
    if (query.participantIds) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom("eventParticipants")
            .select("eventParticipants.actorId")
            .whereRef("eventParticipants.eventId", "=", "events.id")
            .where("eventParticipants.actorId", "in", emptyGuard(query.participantIds)),
        ),
      );
    }
    if (query.during) conditions.push(overlaps("events.earliest", "events.latest", query.during));
    if (query.text != null) conditions.push(matchesText(db, "Event", query.text));
    return eb.and(conditions);
  };
}

/** One page of events matching `query`, in (sortDate, id) order. */
export async function findEvents(db: Kysely<Database>, query: EventQuery, page: PageRequest): Promise<Page<EventRow>> {
  const rows = await keysetPage(db.selectFrom("events").selectAll("events").where(whereEvents(db, query)), "events", page).execute();
  return toPage(rows, page);
}

function eventsOfParticipants(db: Kysely<Database>, actorIds: readonly string[], query: EventQuery) {
  return db
    .selectFrom("events")
    .innerJoin("eventParticipants", "eventParticipants.eventId", "events.id")
    .where(whereEvents(db, query))
    .where("eventParticipants.actorId", "in", actorIds);
}

/** The first page of events for each participating actor, in one query. */
export function findEventsOfParticipants(db: Kysely<Database>, actorIds: readonly string[], query: EventQuery, page: FirstPageRequest) {
  return firstPagePerParent<EventRow>(
    db,
    eventsOfParticipants(db, actorIds, query).selectAll("events"),
    "events",
    "eventParticipants.actorId",
    actorIds,
    page,
  );
}

/** How many events each actor took part in, in one query. */
export function countEventsOfParticipants(db: Kysely<Database>, actorIds: readonly string[], query: EventQuery) {
  return countPerParent(db, eventsOfParticipants(db, actorIds, query), "eventParticipants.actorId", actorIds);
}

/** How many events match `query`. */
export async function countEvents(db: Kysely<Database>, query: EventQuery): Promise<number> {
  const { count } = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where(whereEvents(db, query))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Events by id; missing ids are simply absent. */
export async function getEvents(db: Kysely<Database>, ids: readonly string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("events").selectAll().where("id", "in", ids).execute();
}

/** Participants of each event, in the order recorded. */
export async function getParticipants(db: Kysely<Database>, eventIds: readonly string[]): Promise<EventParticipantRow[]> {
  if (eventIds.length === 0) return [];
  return db.selectFrom("eventParticipants").selectAll().where("eventId", "in", eventIds).orderBy("position").execute();
}
