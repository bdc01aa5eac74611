import { Event } from "@claimline/schema";
import type { EventRecord } from "@claimline/store";
import { audit, build } from "./fields.js";
import { partialDateFrom } from "./partial-date.mapper.js";

/** A stored event as its GraphQL type; `status` is derived from denials when resolved. */
export function eventFrom(r: EventRecord): Event {
  return build<Event, "status" | "partOf" | "participants" | "evidence">(Event, {
    slug: r.id,
    ...audit(r),
    partOfId: r.partOfId,
    recordedStatus: r.status,
    title: r.title,
    description: r.description,
    type: r.type,
    start: partialDateFrom(r.start),
    end: partialDateFrom(r.end),
    location: r.location,
    note: r.note,
  });
}
