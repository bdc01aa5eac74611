import { Denial, DenialConnection, type DenialFilter, type Event, type Statement } from "@claimline/schema";
import { countDenials, findDenials, type DenialParent, type DenialQuery, type DenialRow } from "@claimline/store";
import type { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { ACTOR_TYPES, globalId, parseGlobalId, slugsOf } from "../ids.js";
import { dayRange } from "./date-range.js";
import { loadEvent } from "./event.service.js";
import { isFirstPage, pageRequest, toConnection } from "./pagination.js";
import { toPartialDate } from "./partial-date.mapper.js";
import { statementFromRow } from "./statement.service.js";

/** A stored denial as its GraphQL type. */
export function denialFromRow(row: DenialRow): Denial {
  return Object.assign(new Denial(), {
    id: globalId("Denial", row.id),
    denierId: row.denierId,
    targetType: row.targetStatementId ? "Statement" : "Event",
    targetId: row.targetStatementId ?? row.targetEventId!,
    content: row.content,
    quote: row.quote,
    cue: row.cue,
    statedAt: toPartialDate(row.statedAt),
    note: row.note,
  });
}

/** What a denial denies: the statement or the event. */
export async function denialTarget(ctx: Context, denial: Denial): Promise<Statement | Event> {
  const target =
    denial.targetType === "Statement"
      ? await ctx.loaders.statement.load(denial.targetId).then((row) => row && statementFromRow(row))
      : await loadEvent(ctx, denial.targetId);
  if (!target) throw new Error(`Denial ${denial.id} targets a missing ${denial.targetType} ${denial.targetId}`);
  return target;
}

export function toDenialQuery(filter: DenialFilter | null | undefined): DenialQuery {
  if (!filter) return {};
  const targets = (filter.targetIds ?? []).map((id) => ({ id, ...parseGlobalId(id) }));
  const targetSlugs = (type: "Statement" | "Event") =>
    filter.targetIds ? targets.filter((t) => t.type === type).map((t) => t.slug) : null;
  for (const t of targets) {
    if (t.type !== "Statement" && t.type !== "Event") slugsOf([t.id], ["Statement", "Event"]);
  }
  return {
    denierIds: filter.denierIds ? slugsOf(filter.denierIds, ACTOR_TYPES) : null,
    targetStatementIds: targetSlugs("Statement"),
    targetEventIds: targetSlugs("Event"),
    statedIn: filter.statedIn ? dayRange(filter.statedIn, "statedIn") : null,
  };
}

/**
 * A page of denials matching the filter, newest first, optionally under a parent: the denier, or the denied event (slugs).
 * A parent's first page is batched with its siblings' through the parent loaders.
 */
export async function listDenials(
  ctx: Context,
  filter: DenialFilter | null | undefined,
  args: ConnectionArgs,
  parent?: { kind: DenialParent; id: string },
): Promise<DenialConnection> {
  const own = toDenialQuery(filter);
  const scope: DenialQuery = !parent ? {} : parent.kind === "denier" ? { denierIds: [parent.id] } : { targetEventIds: [parent.id] };
  const query = { ...own, ...scope };
  const request = pageRequest(args, "desc");
  const keyOf = (r: DenialRow) => [r.sortDate, r.id] as const;
  const countTotal = () =>
    parent ? ctx.parentLoaders.denialCounts[parent.kind].load({ parentId: parent.id, query: own }) : countDenials(ctx.store.db, query);
  const page =
    parent && isFirstPage(request)
      ? await ctx.parentLoaders.denialPages[parent.kind].load({
          parentId: parent.id,
          query: own,
          page: { limit: request.limit, order: request.order },
        })
      : await findDenials(ctx.store.db, query, request);
  return toConnection(DenialConnection, page, request, denialFromRow, keyOf, countTotal);
}
