import { Statement, StatementConnection, StatementOrder, type QuoteType, type Rank, type SpeechAct, type StatementFilter } from "@claimline/schema";
import { countStatements, findStatements, type RankedStatementRow, type StatementQuery, type StatementRow } from "@claimline/store";
import type { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { ACTOR_TYPES, globalId, slugOf, slugsOf } from "../ids.js";
import { dayRange } from "./date-range.js";
import { pageRequest, toConnection } from "./pagination.js";
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

/**
 * A page of statements matching the filter (and `scope`, which a parent record imposes, e.g. its speaker).
 * Example: `listStatements(ctx, { speakerIds: ["Person:donald-trump"] }, StatementOrder.NEWEST_FIRST, { first: 10 })`.
 */
export async function listStatements(
  ctx: Context,
  filter: StatementFilter | null | undefined,
  order: StatementOrder | null | undefined,
  args: ConnectionArgs,
  scope: StatementQuery = {},
): Promise<StatementConnection> {
  const query = { ...toStatementQuery(filter), ...scope };
  // Relevance needs words to be relevant to; without filter.text the order is newest first.
  const byRelevance = order === StatementOrder.RELEVANCE && !!query.text;
  const request = pageRequest(args, order === StatementOrder.OLDEST_FIRST ? "asc" : "desc");
  const page = await findStatements(ctx.store.db, query, request, byRelevance);
  const keyOf = (r: RankedStatementRow) => [byRelevance ? r.relevance! : r.sortDate, r.id] as const;
  return toConnection(StatementConnection, page, request, statementFromRow, keyOf, () => countStatements(ctx.store.db, query));
}
