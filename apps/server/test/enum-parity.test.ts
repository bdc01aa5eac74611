import { ActorKind, DatePrecision, EventStatus, EventType, QuoteType, Rank, SpeechAct } from "@claimline/schema";
import {
  ACTOR_KINDS,
  DATE_PRECISIONS,
  EVENT_STATUSES,
  EVENT_TYPES,
  QUOTE_TYPES,
  RANKS,
  SPEECH_ACTS,
  type ActorKindValue,
  type DatePrecisionValue,
  type EventStatusValue,
  type EventTypeValue,
  type QuoteTypeValue,
  type RankValue,
  type SpeechActValue,
} from "@claimline/store";
import { describe, expect, expectTypeOf, it } from "vitest";

// The store never imports the schema, so its enum columns are typed with unions of their own. These checks fail
// to compile (npm run typecheck) the moment either side gains or loses a value, and fail at run time as well.
expectTypeOf<SpeechActValue>().toEqualTypeOf<SpeechAct>();
expectTypeOf<QuoteTypeValue>().toEqualTypeOf<QuoteType>();
expectTypeOf<RankValue>().toEqualTypeOf<Rank>();
expectTypeOf<EventTypeValue>().toEqualTypeOf<EventType>();
expectTypeOf<EventStatusValue>().toEqualTypeOf<EventStatus>();
expectTypeOf<ActorKindValue>().toEqualTypeOf<ActorKind>();
expectTypeOf<DatePrecisionValue>().toEqualTypeOf<DatePrecision>();

describe("the store's enum values and the schema's GraphQL enums", () => {
  it.each([
    ["SpeechAct", SPEECH_ACTS, SpeechAct],
    ["QuoteType", QUOTE_TYPES, QuoteType],
    ["Rank", RANKS, Rank],
    ["EventType", EVENT_TYPES, EventType],
    ["EventStatus", EVENT_STATUSES, EventStatus],
    ["ActorKind", ACTOR_KINDS, ActorKind],
    ["DatePrecision", DATE_PRECISIONS, DatePrecision],
  ] as const)("agree on %s", (_name, stored, graphql) => {
    expect([...stored].sort()).toEqual(Object.values(graphql).sort());
  });
});
