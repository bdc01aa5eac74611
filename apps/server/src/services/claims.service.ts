import {
  Claim,
  ClaimConnection,
  ClaimEdge,
  PageInfo,
  type Denial,
  type Source,
  type Statement,
  type StatementFilter,
} from "@claimline/schema";
import { findPages, similarStatements, statementList } from "@claimline/store";
import { MAX_PAGE_SIZE } from "../connection.args.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { denialFrom } from "../mappers/denial.mapper.js";
import { statementFrom } from "../mappers/statement.mapper.js";
import { loadSource, requireActor } from "./records.service.js";
import { toStatementQuery } from "./statement.service.js";
import { stored } from "./write.service.js";

/** Statements grouped per request: the newest this many matching the filter. */
export const CLAIM_POOL = 100;
/** Groups merge while their statements are on average this similar (`Statement.similar`'s score, the higher way round). */
export const SAME_CLAIM = 0.35;
/** Each statement's most similar statements looked at. */
const NEIGHBOURS = 10;

/**
 * The claims among the newest CLAIM_POOL statements matching the filter: statements grouped by average linkage of
 * their `Statement.similar` scores (see averageLinkage); groups of two or more, most sources first, then most
 * statements, then key. Example: `claims(ctx, { speakerIds: ["Person:donald-trump"] }, 10)`.
 */
export async function claims(ctx: Context, filter: StatementFilter | null | undefined, first: number): Promise<ClaimConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { argument: "first" });
  const [page] = await findPages(ctx.store.db, statementList, toStatementQuery(filter), false, [
    { parent: null, page: { limit: CLAIM_POOL, order: "desc" } },
  ]);
  const pool = new Map((page?.items ?? []).map(({ record }) => [record.id, statementFrom(record)]));
  const scores = new Map<string, number>();
  for (const id of pool.keys()) {
    const { rows } = await similarStatements(ctx.store.db, { statementId: id }, NEIGHBOURS);
    for (const row of rows) {
      if (!pool.has(row.statementId)) continue;
      const pair = pairKey(id, row.statementId);
      scores.set(pair, Math.max(scores.get(pair) ?? 0, row.score));
    }
  }
  const found = await Promise.all(
    averageLinkage([...pool.keys()], scores)
      .filter((ids) => ids.length > 1)
      .map((ids) =>
        claimOf(
          ctx,
          ids.map((id) => pool.get(id)).filter((s): s is Statement => s !== undefined),
        ),
      ),
  );
  found.sort((a, b) => b.sourceCount - a.sourceCount || b.statements.length - a.statements.length || (a.key < b.key ? -1 : 1));
  const edges = found
    .slice(0, first)
    .map((node) => Object.assign(new ClaimEdge(), { cursor: Buffer.from(`claim:${node.key}`).toString("base64url"), node }));
  return Object.assign(new ClaimConnection(), {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: found.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  });
}

async function claimOf(ctx: Context, statements: Statement[]): Promise<Claim> {
  const evidence = await Promise.all(statements.map((s) => ctx.records.evidence.load({ type: "Statement", slug: s.slug })));
  const sourceIds = unique(evidence.flat().map((e) => e.sourceId));
  const sources: Source[] = await Promise.all(sourceIds.map((id) => stored(loadSource(ctx, id))));
  const published = new Map(sourceIds.map((id, i) => [id, sources[i]?.publishedAt ?? null]));
  // When a statement was made: its own date, else the earliest date of a source reporting it.
  const dates = statements.map((s, i) => {
    const reported = (evidence[i] ?? []).map((e) => published.get(e.sourceId)).find((d) => d != null);
    const date = s.statedAt ?? reported ?? null;
    return { statement: s, earliest: date?.earliest ?? null, latest: date?.latest ?? date?.earliest ?? null };
  });
  dates.sort((a, b) => (a.earliest ?? "~").localeCompare(b.earliest ?? "~") || a.statement.slug.localeCompare(b.statement.slug));
  const denials: Denial[] = (await Promise.all(statements.map((s) => ctx.records.denialsOfStatement.load(s.slug)))).flat().map(denialFrom);
  const earliest = dates.flatMap((d) => (d.earliest ? [d.earliest] : [])).sort();
  const latest = dates.flatMap((d) => (d.latest ? [d.latest] : [])).sort();
  return Object.assign(new Claim(), {
    key: [...statements.map((s) => s.slug)].sort()[0] ?? "",
    statements: dates.map((d) => d.statement),
    sources,
    sourceCount: sources.length,
    speakers: await Promise.all(unique(statements.map((s) => s.speakerId)).map((id) => requireActor(ctx, id))),
    denials,
    deniers: await Promise.all(unique(denials.map((d) => d.denierId)).map((id) => requireActor(ctx, id))),
    firstDate: earliest[0] ?? null,
    lastDate: latest.at(-1) ?? null,
  });
}

const unique = (ids: string[]) => [...new Set(ids)];

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Groups ids by average linkage: the two groups whose members are, on average, the most similar merge, while that
 * average is at least SAME_CLAIM. Unlike chaining pairs, a group cannot drift from one claim to the next.
 */
function averageLinkage(ids: string[], scores: Map<string, number>): string[][] {
  const groups = ids.map((id) => [id]);
  const linkage = (a: string[], b: string[]) => {
    let sum = 0;
    for (const x of a) for (const y of b) sum += scores.get(pairKey(x, y)) ?? 0;
    return sum / (a.length * b.length);
  };
  for (;;) {
    let best = { score: SAME_CLAIM, i: -1, j: -1 };
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const score = linkage(groups[i] ?? [], groups[j] ?? []);
        if (score >= best.score && (best.i < 0 || score > best.score)) best = { score, i, j };
      }
    }
    if (best.i < 0) return groups;
    groups[best.i] = [...(groups[best.i] ?? []), ...(groups[best.j] ?? [])];
    groups.splice(best.j, 1);
  }
}
