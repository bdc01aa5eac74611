import { Event, EventConnection, EventStatus, type EventFilter, type EventType } from "@claimline/schema";
import { countEvents, findEvents, type EventQuery, type EventRow } from "@claimline/store";
import type { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { ACTOR_TYPES, globalId, slugsOf } from "../ids.js";
import { dayRange } from "./date-range.js";
import { isFirstPage, pageRequest, toConnection } from "./pagination.js";
import { toPartialDate } from "./partial-date.mapper.js";

/** A stored event as its GraphQL type; `status` is derived from denials when resolved. */
export function eventFromRow(row: EventRow): Event {
  return Object.assign(new Event(), {
    id: globalId("Event", row.id),
    partOfId: row.partOfId,
    recordedStatus: row.status as EventStatus,
    title: row.title,
    description: row.description,
    type: row.type as EventType,
    start: toPartialDate(row.startDate),
    end: toPartialDate(row.endDate),
    location: row.location,
    note: row.note,
  });
}

/** The event with this slug, or null. */
export async function loadEvent(ctx: Context, slug: string | null): Promise<Event | null> {
  const row = slug ? await ctx.loaders.event.load(slug) : null;
  return row ? eventFromRow(row) : null;
}

/** An event anyone denies reads DISPUTED; otherwise its status is as recorded. */
export async function eventStatus(ctx: Context, event: Event, slug: string): Promise<EventStatus> {
  const denials = await ctx.loaders.denialsOfEvent.load(slug);
  return denials.length > 0 ? EventStatus.DISPUTED : event.recordedStatus;
}

export function toEventQuery(filter: EventFilter | null | undefined): EventQuery {
  if (!filter) return {};
  return {
    statuses: filter.statuses ?? null,
    types: filter.types ?? null,
    participantIds: filter.participantIds ? slugsOf(filter.participantIds, ACTOR_TYPES) : null,
    during: filter.during ? dayRange(filter.during, "during") : null,
    text: filter.text ?? null,
  };
}

/**
 * A page of events matching the filter, oldest first, optionally those an actor (slug) took part in.
 * An actor's first page is batched with its siblings' through the parent loaders.
 */
export async function listEvents(
  ctx: Context,
  filter: EventFilter | null | undefined,
  args: ConnectionArgs,
  participantId?: string,
): Promise<EventConnection> {
  const own = toEventQuery(filter);
  const query = participantId ? { ...own, participantIds: [participantId] } : own;
  const request = pageRequest(args, "asc");
  const keyOf = (r: EventRow) => [r.sortDate, r.id] as const;
  const countTotal = () =>
    participantId
      ? ctx.parentLoaders.eventCountsOfParticipant.load({ parentId: participantId, query: own })
      : countEvents(ctx.store.db, query);
  const page =
    participantId && isFirstPage(request)
      ? await ctx.parentLoaders.eventPagesOfParticipant.load({
          parentId: participantId,
          query: own,
          page: { limit: request.limit, order: request.order },
        })
      : await findEvents(ctx.store.db, query, request);
  return toConnection(EventConnection, page, request, eventFromRow, keyOf, countTotal);
}
