import { SimilarStatementConnection, SimilarStatementEdge, type Statement } from "@claimline/schema";
import { similarStatements, type SimilarTo } from "@claimline/store";
import { MAX_PAGE_SIZE } from "../connection.args.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { loadStatement } from "./records.service.js";
import { stored } from "./write.service.js";

/** A page of statements like a statement or a text, as a connection whose edges carry the score. */
export async function similar(ctx: Context, like: SimilarTo, first: number, argument: string): Promise<SimilarStatementConnection> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badInput(`${argument} must be between 1 and ${MAX_PAGE_SIZE}`, { argument });
  const { rows, hasMore } = await similarStatements(ctx.store.db, like, first);
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
    pageInfo: {
      hasNextPage: hasMore,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  });
}
