import { registerEnumType } from "type-graphql";

export const EventType = {
  CALL: "CALL",
  MEETING: "MEETING",
  SUMMIT: "SUMMIT",
  INTERVIEW: "INTERVIEW",
  INVASION: "INVASION",
  REVOLUTION: "REVOLUTION",
  WAR: "WAR",
  OTHER: "OTHER",
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

export const EventStatus = {
  PROPOSED: "PROPOSED",
  SCHEDULED: "SCHEDULED",
  OCCURRED: "OCCURRED",
  ONGOING: "ONGOING",
  CANCELLED: "CANCELLED",
  CLAIMED: "CLAIMED",
  DISPUTED: "DISPUTED",
} as const;
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus];

registerEnumType(EventType, { name: "EventType", description: "What sort of event." });
registerEnumType(EventStatus, {
  name: "EventStatus",
  description: "Whether it happened, is happening, is only proposed, or is only claimed. An event anyone denies reads DISPUTED.",
  valuesConfig: {
    PROPOSED: { description: "Suggested, not arranged." },
    SCHEDULED: { description: "Arranged for a date." },
    OCCURRED: { description: "Took place." },
    ONGOING: { description: "Began and has not ended." },
    CANCELLED: { description: "Called off." },
    CLAIMED: { description: "Said to have happened by someone, not established." },
    DISPUTED: { description: "Denied by someone (derived from denials)." },
  },
});
