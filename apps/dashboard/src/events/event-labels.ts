import type { EventStatus, EventType } from "@claimline/client";

/** What each status means, in a reader's words. */
export const STATUS_HELP = {
  DISPUTED: "Someone denies that this happened",
  CLAIMED: "Said to have happened by someone, not established",
  PROPOSED: "Suggested, not arranged",
  SCHEDULED: "Arranged for a date",
  OCCURRED: "Took place",
  ONGOING: "Began and has not ended",
  CANCELLED: "Called off",
} as const satisfies Record<EventStatus, string>;

/** How to label an event's start date: a proposed summit is "proposed for" a date, it has not "begun". */
export const START_LABEL = {
  DISPUTED: "Said to have begun",
  CLAIMED: "Said to have begun",
  PROPOSED: "Proposed for",
  SCHEDULED: "Scheduled for",
  OCCURRED: "Began",
  ONGOING: "Began",
  CANCELLED: "Was planned for",
} as const satisfies Record<EventStatus, string>;

export const EVENT_TYPES = {
  CALL: "Call",
  INTERVIEW: "Interview",
  INVASION: "Invasion",
  MEETING: "Meeting",
  OTHER: "Other",
  REVOLUTION: "Revolution",
  SUMMIT: "Summit",
  WAR: "War",
} as const satisfies Record<EventType, string>;

export const isEventStatus = (value: string | null): value is EventStatus => value != null && Object.hasOwn(STATUS_HELP, value);
export const isEventType = (value: string | null): value is EventType => value != null && Object.hasOwn(EVENT_TYPES, value);
