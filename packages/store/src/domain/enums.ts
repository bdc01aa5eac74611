/**
 * The values every enum column may hold, as the database's CHECK constraints and the import validator know them.
 * The schema package declares the same values as GraphQL enums; a type-level test in the server proves they agree
 * (the store never imports the schema).
 */

export const ACTOR_TYPES = ["Person", "Organization"] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const ACTOR_KINDS = ["PERSON", "GOVERNMENT", "MEDIA", "COLLECTIVE", "OTHER"] as const;
export type ActorKindValue = (typeof ACTOR_KINDS)[number];

export const QUOTE_TYPES = ["DIRECT", "INDIRECT", "MIXED"] as const;
export type QuoteTypeValue = (typeof QUOTE_TYPES)[number];

export const SPEECH_ACTS = ["CLAIM", "ADMISSION", "SUGGESTION", "PROMISE", "INTENT", "CONCERN", "CRITICISM", "ARGUMENT", "OTHER"] as const;
export type SpeechActValue = (typeof SPEECH_ACTS)[number];

export const RANKS = ["NORMAL", "DEPRECATED"] as const;
export type RankValue = (typeof RANKS)[number];

export const EVENT_TYPES = ["CALL", "MEETING", "SUMMIT", "INTERVIEW", "INVASION", "REVOLUTION", "WAR", "OTHER"] as const;
export type EventTypeValue = (typeof EVENT_TYPES)[number];

/** Statuses an event is recorded with. DISPUTED is never recorded: it is derived from denials when read. */
export const RECORDED_EVENT_STATUSES = ["PROPOSED", "SCHEDULED", "OCCURRED", "ONGOING", "CANCELLED", "CLAIMED"] as const;
export type RecordedEventStatus = (typeof RECORDED_EVENT_STATUSES)[number];
/** Every status an event can read as, DISPUTED included. */
export const EVENT_STATUSES = [...RECORDED_EVENT_STATUSES, "DISPUTED"] as const;
export type EventStatusValue = (typeof EVENT_STATUSES)[number];

export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR", "DECADE"] as const;
export type DatePrecisionValue = (typeof DATE_PRECISIONS)[number];

/** Records that rest on evidence spans. */
export const EVIDENCE_RECORD_TYPES = ["Actor", "Statement", "Denial", "Event"] as const;
export type EvidenceRecordType = (typeof EVIDENCE_RECORD_TYPES)[number];

/** Records the full-text index holds. */
export const SEARCHABLE_TYPES = ["Actor", "Statement", "Denial", "Event"] as const;
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];
