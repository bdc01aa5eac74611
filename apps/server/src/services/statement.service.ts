import { StatementConnection, StatementOrder, type StatementFilter } from "@claimline/schema";
import type { StatementParent, StatementQuery } from "@claimline/store";
import type { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { ACTOR_TYPES, slugOf, slugsOf } from "../ids.js";
import type { ParentRef } from "../list-loaders.js";
import { statementFrom } from "../mappers/statement.mapper.js";
import { connection } from "./connection.service.js";
import { dayRange } from "./date-range.js";
import { searchText } from "./search-text.js";

/** The GraphQL filter in store terms: global ids become slugs, and must name the right types. */
export function toStatementQuery(filter: StatementFilter | null | undefined): StatementQuery {
  if (!filter) return {};
  return {
    speakerIds: filter.speakerIds ? slugsOf(filter.speakerIds, ACTOR_TYPES, "filter.speakerIds") : null,
    speakerName: filter.speakerName ?? null,
    speechActs: filter.speechActs ?? null,
    quoteTypes: filter.quoteTypes ?? null,
    aboutIds: filter.aboutIds ? slugsOf(filter.aboutIds, ACTOR_TYPES, "filter.aboutIds") : null,
    eventId: filter.eventId ? slugOf(filter.eventId, ["Event"], "filter.eventId") : null,
    statedIn: filter.statedIn ? dayRange(filter.statedIn, "filter.statedIn") : null,
    disputed: filter.disputed ?? null,
    text: filter.text != null ? searchText(filter.text, "filter.text") : null,
    includeDeprecated: filter.includeDeprecated ?? null,
    addedAfter: filter.addedAfter ? slugOf(filter.addedAfter, ["Statement"], "filter.addedAfter") : null,
  };
}

/**
 * A page of statements matching the filter, optionally under a parent (an actor's statements, an event's): the
 * parent ANDs with the filter on every page. RELEVANCE orders by `filter.text`; without text it is NEWEST_FIRST.
 * Example: `listStatements(ctx, { aboutIds: ["Person:vladimir-putin"] }, null, { first: 10 }, { kind: "speaker", id: "donald-trump" })`.
 */
export function listStatements(
  ctx: Context,
  filter: StatementFilter | null | undefined,
  order: StatementOrder | null | undefined,
  args: ConnectionArgs,
  parent?: ParentRef<StatementParent>,
): Promise<StatementConnection> {
  const query = toStatementQuery(filter);
  const ranked = order === StatementOrder.RELEVANCE && query.text != null;
  return connection(ctx.lists.statements, StatementConnection, statementFrom, {
    list: "statements",
    query,
    parent,
    ranked,
    order: order === StatementOrder.OLDEST_FIRST ? "asc" : "desc",
    args,
  });
}
