import { EventConnection, EventStatus, type Event, type EventFilter } from "@claimline/schema";
import type { EventParent, EventQuery } from "@claimline/store";
import type { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { ACTOR_TYPES, slugsOf } from "../ids.js";
import type { ParentRef } from "../list-loaders.js";
import { eventFrom } from "../mappers/event.mapper.js";
import { connection } from "./connection.service.js";
import { dayRange } from "./date-range.js";
import { searchText } from "./search-text.js";

/** An event anyone denies reads DISPUTED; otherwise its status is as recorded. */
export async function eventStatus(ctx: Context, event: Event): Promise<EventStatus> {
  const denials = await ctx.records.denialsOfEvent.load(event.slug);
  return denials.length > 0 ? EventStatus.DISPUTED : event.recordedStatus;
}

export function toEventQuery(filter: EventFilter | null | undefined): EventQuery {
  if (!filter) return {};
  return {
    statuses: filter.statuses ?? null,
    types: filter.types ?? null,
    participantIds: filter.participantIds ? slugsOf(filter.participantIds, ACTOR_TYPES, "filter.participantIds") : null,
    during: filter.during ? dayRange(filter.during, "filter.during") : null,
    text: filter.text != null ? searchText(filter.text, "filter.text") : null,
  };
}

/** A page of events matching the filter, oldest first, optionally those an actor took part in. */
export function listEvents(
  ctx: Context,
  filter: EventFilter | null | undefined,
  args: ConnectionArgs,
  parent?: ParentRef<EventParent>,
): Promise<EventConnection> {
  return connection(ctx.lists.events, EventConnection, eventFrom, {
    list: "events",
    query: toEventQuery(filter),
    parent,
    order: "asc",
    args,
  });
}
