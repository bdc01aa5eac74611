import type { Insertable, Selectable } from "kysely";
import type { EventTypeValue, RecordedEventStatus } from "../domain/enums.js";

export interface EventTable {
  id: string;
  title: string;
  description: string | null;
  type: EventTypeValue;
  status: RecordedEventStatus;
  /** PartialDate as JSON, with its bounds beside it for filtering; decoded by `decodeEvent`. */
  startDate: string | null;
  startEarliest: string | null;
  startLatest: string | null;
  endDate: string | null;
  endEarliest: string | null;
  endLatest: string | null;
  /** Bounds of the whole event for date filters: an ongoing event's `latest` is open (9999-12-31). */
  earliest: string | null;
  latest: string | null;
  /** Non-null sort key: the earliest known day, or "" when undated. */
  sortDate: string;
  location: string | null;
  partOfId: string | null;
  note: string | null;
  createdAt: string;
  /** Who stored it: the name of the token that wrote it, or "import" / "seed". */
  createdBy: string;
  updatedAt: string;
}

export interface EventParticipantTable {
  eventId: string;
  actorId: string;
  role: string | null;
  position: number;
}

export type EventRow = Selectable<EventTable>;
export type NewEventRow = Insertable<EventTable>;
export type EventParticipantRow = Selectable<EventParticipantTable>;
