import { Denial } from "@claimline/schema";
import type { DenialRecord } from "@claimline/store";
import { audit, build } from "./fields.js";
import { partialDateFrom } from "./partial-date.mapper.js";

/** A stored denial as its GraphQL type. */
export function denialFrom(r: DenialRecord): Denial {
  return build<Denial, "denier" | "target" | "evidence">(Denial, {
    slug: r.id,
    ...audit(r),
    denierId: r.denierId,
    targetType: r.target.type,
    targetId: r.target.id,
    content: r.content,
    quote: r.quote,
    cue: r.cue,
    statedAt: partialDateFrom(r.statedAt),
    note: r.note,
  });
}
