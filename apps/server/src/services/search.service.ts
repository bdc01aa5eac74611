import { SearchHit } from "@claimline/schema";
import { searchAll } from "@claimline/store";
import { MAX_PAGE_SIZE } from "../connection.args.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { actorFromRow } from "./actor.service.js";
import { eventFromRow } from "./event.service.js";
import { statementFromRow } from "./statement.service.js";

/** Ranked hits across actors, statements and events, each with its highlighted snippet. */
export async function search(ctx: Context, text: string, first: number): Promise<SearchHit[]> {
  if (!/[\p{L}\p{N}]/u.test(text)) throw badInput("search text needs at least one letter or digit", { argument: "text" });
  if (first < 1 || first > MAX_PAGE_SIZE)
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, { argument: "first" });
  const hits = await searchAll(ctx.store.db, text, first);
  const nodes = await Promise.all(
    hits.map(async (hit) => {
      if (hit.recordType === "Actor") return ctx.loaders.actor.load(hit.recordId).then((row) => row && actorFromRow(row));
      if (hit.recordType === "Statement") return ctx.loaders.statement.load(hit.recordId).then((row) => row && statementFromRow(row));
      return ctx.loaders.event.load(hit.recordId).then((row) => row && eventFromRow(row));
    }),
  );
  return hits.flatMap((hit, i) => {
    const node = nodes[i];
    return node ? [Object.assign(new SearchHit(), { node, score: hit.score, snippet: hit.snippet })] : [];
  });
}
