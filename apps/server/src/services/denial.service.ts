import { DenialConnection, type DenialFilter, type Denial, type Event, type Statement } from "@claimline/schema";
import type { DenialParent, DenialQuery } from "@claimline/store";
import type { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { ACTOR_TYPES, parseGlobalId, slugOf, slugsOf } from "../ids.js";
import type { ParentRef } from "../list-loaders.js";
import { denialFrom } from "../mappers/denial.mapper.js";
import { connection } from "./connection.service.js";
import { dayRange } from "./date-range.js";
import { loadEvent, loadStatement } from "./records.service.js";
import { searchText } from "./search-text.js";

/** What a denial denies: the statement or the event (a CHECK constraint and a foreign key keep it there). */
export async function denialTarget(ctx: Context, denial: Denial): Promise<Statement | Event> {
  const target = denial.targetType === "Statement" ? await loadStatement(ctx, denial.targetId) : await loadEvent(ctx, denial.targetId);
  if (!target) throw new Error(`Denial ${denial.id} targets a missing ${denial.targetType} ${denial.targetId}`);
  return target;
}

export function toDenialQuery(filter: DenialFilter | null | undefined): DenialQuery {
  if (!filter) return {};
  const targets = (filter.targetIds ?? []).map((id) => parseGlobalId(id, "filter.targetIds"));
  for (const [i, t] of targets.entries()) {
    if (t.type !== "Statement" && t.type !== "Event") slugsOf([filter.targetIds?.[i] ?? ""], ["Statement", "Event"], "filter.targetIds");
  }
  const targetSlugs = (type: "Statement" | "Event") =>
    filter.targetIds ? targets.filter((t) => t.type === type).map((t) => t.slug) : null;
  return {
    denierIds: filter.denierIds ? slugsOf(filter.denierIds, ACTOR_TYPES, "filter.denierIds") : null,
    targetStatementIds: targetSlugs("Statement"),
    targetEventIds: targetSlugs("Event"),
    statedIn: filter.statedIn ? dayRange(filter.statedIn, "filter.statedIn") : null,
    text: filter.text != null ? searchText(filter.text, "filter.text") : null,
    addedAfter: filter.addedAfter ? slugOf(filter.addedAfter, ["Denial"], "filter.addedAfter") : null,
  };
}

/** A page of denials matching the filter, newest first, optionally under a parent: the denier, or what is denied. */
export function listDenials(
  ctx: Context,
  filter: DenialFilter | null | undefined,
  args: ConnectionArgs,
  parent?: ParentRef<DenialParent>,
): Promise<DenialConnection> {
  return connection(ctx.lists.denials, DenialConnection, denialFrom, {
    list: "denials",
    query: toDenialQuery(filter),
    parent,
    order: "desc",
    args,
  });
}
