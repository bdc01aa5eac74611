import { PageInfo, SimilarStatementConnection, SimilarStatementEdge, type Statement } from "@claimline/schema";
import { similarStatementsBatch, type SimilarRequest, type SimilarStatementRow, type SimilarTo } from "@claimline/store";
import DataLoader from "dataloader";
import { MAX_PAGE_SIZE } from "../connection.args.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { loadStatement } from "./records.service.js";
import { stored } from "./write.service.js";

type SimilarPage = { rows: SimilarStatementRow[]; hasMore: boolean };

/**
 * One loader per request: every `similar` a page of statements asks for is answered by one batch, in a number of
 * queries that does not grow with the page (see similarStatementsBatch).
 */
const loaders = new WeakMap<Context, DataLoader<SimilarRequest, SimilarPage, string>>();
function loaderOf(ctx: Context) {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((requests) => similarStatementsBatch(ctx.store.db, requests), {
      cacheKeyFn: (request) => JSON.stringify(request),
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** A page of statements like a statement or a text, as a connection whose edges carry the score. */
export async function similar(ctx: Context, like: SimilarTo, first: number, argument: string): Promise<SimilarStatementConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badInput(`${argument} must be between 1 and ${MAX_PAGE_SIZE}`, { argument });
  const { rows, hasMore } = await loaderOf(ctx).load({ like, limit: first });
  const nodes: Statement[] = await Promise.all(rows.map((row) => stored(loadStatement(ctx, row.statementId))));
  const edges = rows.map((row, i) =>
    Object.assign(new SimilarStatementEdge(), {
      cursor: Buffer.from(`similar:${i}`).toString("base64url"),
      node: nodes[i],
      score: row.score,
    }),
  );
  return Object.assign(new SimilarStatementConnection(), {
    edges,
    nodes,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: hasMore,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  });
}
