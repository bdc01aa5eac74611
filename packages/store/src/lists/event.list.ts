import type { Kysely } from "kysely";
import type { EventStatusValue, EventTypeValue } from "../domain/enums.js";
import { decodeEvent, type EventRecord } from "../records/event.record.js";
import { holdsEveryTerm, matchText, type TextMatch } from "../search/text-match.js";
import type { Database } from "../tables/database.js";
import { emptyGuard, overlaps, unfiltered, type DayRange } from "./conditions.js";
import type { AnyExpressionBuilder, ListDefinition } from "./list-definition.js";

/** Conditions on events; all given must hold. `statuses` may include DISPUTED, meaning denied. */
export interface EventQuery {
  statuses?: readonly EventStatusValue[] | null;
  types?: readonly EventTypeValue[] | null;
  participantIds?: readonly string[] | null;
  during?: DayRange | null;
  /** Every word of it (stemmed), in the title, description or location. */
  text?: string | null;
}

/** What an event list can hang off: an actor taking part. */
export type EventParent = "participant";

interface Prepared {
  query: EventQuery;
  text: TextMatch | null;
}

export const eventList: ListDefinition<EventQuery, Prepared, EventRecord, EventParent> = {
  async prepare(db, query) {
    return { query, text: query.text != null ? await matchText(db, query.text) : null };
  },
  select(db: Kysely<Database>, _prepared, parent) {
    const from =
      parent === "participant"
        ? db.selectFrom("events").innerJoin("eventParticipants", "eventParticipants.eventId", "events.id")
        : db.selectFrom("events");
    return from.selectAll("events").select("events.sortDate as sortValue");
  },
  where({ query, text }, wanted) {
    return (eb: AnyExpressionBuilder) => {
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
        const taking = eb
          .selectFrom("eventParticipants as taking")
          .select("taking.actorId")
          .whereRef("taking.eventId", "=", "events.id")
          .where("taking.actorId", "in", emptyGuard(query.participantIds));
        conditions.push(eb.exists(taking));
      }
      if (query.during) conditions.push(overlaps("events.earliest", "events.latest", query.during));
      if (text) conditions.push(holdsEveryTerm(text, "Event", "events.id", wanted));
      return eb.and(conditions);
    };
  },
  parentColumn: () => "eventParticipants.actorId",
  sortColumn: () => "events.sortDate",
  idColumn: "events.id",
  numericSort: () => false,
  // An event has several participants: only a single participant's counter answers a `participantIds` filter.
  counter: ({ participantIds, ...others }) =>
    !unfiltered(others) || (participantIds && participantIds.length !== 1)
      ? null
      : participantIds
        ? { list: "events", parents: { kind: "participant", ids: participantIds } }
        : { list: "events" },
  decode: decodeEvent,
};
