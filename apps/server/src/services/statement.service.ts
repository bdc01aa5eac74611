import {
  Statement,
  StatementConnection,
  StatementOrder,
  type QuoteType,
  type Rank,
  type SpeechAct,
  type StatementFilter,
} from "@claimline/schema";
import {
  countStatements,
  findStatements,
  type RankedStatementRow,
  type StatementParent,
  type StatementQuery,
  type StatementRow,
} from "@claimline/store";
import type { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { ACTOR_TYPES, globalId, slugOf, slugsOf } from "../ids.js";
import { dayRange } from "./date-range.js";
import { isFirstPage, pageRequest, toConnection } from "./pagination.js";
import { toPartialDate } from "./partial-date.mapper.js";

/** A stored statement as its GraphQL type; relations resolve later through loaders. */
export function statementFromRow(row: StatementRow): Statement {
  return Object.assign(new Statement(), {
    id: globalId("Statement", row.id),
    speakerId: row.speakerId,
    occasionId: row.occasionId,
    content: row.content,
    quote: row.quote,
    quoteType: row.quoteType as QuoteType,
    speechAct: row.speechAct as SpeechAct,
    cue: row.cue,
    hedged: row.hedge != null,
    hedge: row.hedge,
    statedAt: toPartialDate(row.statedAt),
    topics: JSON.parse(row.topics) as string[],
    rank: row.rank as Rank,
    rankReason: row.rankReason,
    note: row.note,
  });
}

/** The GraphQL filter in store terms: global ids become slugs, and must name the right types. */
export function toStatementQuery(filter: StatementFilter | null | undefined): StatementQuery {
  if (!filter) return {};
  return {
    speakerIds: filter.speakerIds ? slugsOf(filter.speakerIds, ACTOR_TYPES) : null,
    speakerName: filter.speakerName ?? null,
    speechActs: filter.speechActs ?? null,
    quoteTypes: filter.quoteTypes ?? null,
    aboutIds: filter.aboutIds ? slugsOf(filter.aboutIds, ACTOR_TYPES) : null,
    eventId: filter.eventId ? slugOf(filter.eventId, ["Event"]) : null,
    statedIn: filter.statedIn ? dayRange(filter.statedIn, "statedIn") : null,
    disputed: filter.disputed ?? null,
    text: filter.text ?? null,
    includeDeprecated: filter.includeDeprecated ?? null,
  };
}

/** The record a statement list hangs off: its speaker, its occasion, or an actor it is about (slugs). */
export interface StatementParentRef {
  kind: StatementParent;
  id: string;
}

const PARENT_SCOPE: Record<StatementParent, (id: string) => StatementQuery> = {
  speaker: (id) => ({ speakerIds: [id] }),
  occasion: (id) => ({ eventId: id }),
  about: (id) => ({ aboutIds: [id] }),
};

/**
 * A page of statements matching the filter, optionally under a parent (an actor's statements, an event's).
 * A parent's first page, in date order, is batched with its siblings' through the parent loaders.
 * Example: `listStatements(ctx, { speakerIds: ["Person:donald-trump"] }, StatementOrder.NEWEST_FIRST, { first: 10 })`.
 */
export async function listStatements(
  ctx: Context,
  filter: StatementFilter | null | undefined,
  order: StatementOrder | null | undefined,
  args: ConnectionArgs,
  parent?: StatementParentRef,
): Promise<StatementConnection> {
  const own = toStatementQuery(filter);
  const query = parent ? { ...own, ...PARENT_SCOPE[parent.kind](parent.id) } : own;
  // Relevance needs words to be relevant to; without filter.text the order is newest first.
  const byRelevance = order === StatementOrder.RELEVANCE && !!query.text;
  const request = pageRequest(args, order === StatementOrder.OLDEST_FIRST ? "asc" : "desc");
  const keyOf = (r: RankedStatementRow) => [byRelevance ? r.relevance! : r.sortDate, r.id] as const;
  if (parent && !byRelevance && isFirstPage(request)) {
    const key = { parentId: parent.id, query: own, page: { limit: request.limit, order: request.order } };
    const page = await ctx.parentLoaders.statementPages[parent.kind].load(key);
    return toConnection(StatementConnection, page, request, statementFromRow, keyOf, () =>
      ctx.parentLoaders.statementCounts[parent.kind].load({ parentId: parent.id, query: own }),
    );
  }
  const page = await findStatements(ctx.store.db, query, request, byRelevance);
  return toConnection(StatementConnection, page, request, statementFromRow, keyOf, () =>
    parent
      ? ctx.parentLoaders.statementCounts[parent.kind].load({ parentId: parent.id, query: own })
      : countStatements(ctx.store.db, query),
  );
}
