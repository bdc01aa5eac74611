import { SearchHit } from "@claimline/schema";
import { searchAll } from "@claimline/store";
import { MAX_PAGE_SIZE } from "../connection.args.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { loadActor, loadDenial, loadEvent, loadStatement } from "./records.service.js";
import { searchText } from "./search-text.js";

/** Ranked hits across actors, statements, denials and events, each with its highlighted snippet. */
export async function search(ctx: Context, text: string, first: number): Promise<SearchHit[]> {
  if (first < 1 || first > MAX_PAGE_SIZE)
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, { argument: "first" });
  const hits = await searchAll(ctx.store.db, searchText(text, "text"), first);
  const nodes = await Promise.all(
    hits.map((hit) => {
      switch (hit.recordType) {
        case "Actor":
          return loadActor(ctx, hit.recordId);
        case "Statement":
          return loadStatement(ctx, hit.recordId);
        case "Denial":
          return loadDenial(ctx, hit.recordId);
        case "Event":
          return loadEvent(ctx, hit.recordId);
      }
    }),
  );
  return hits.flatMap((hit, i) => {
    const node = nodes[i];
    return node ? [Object.assign(new SearchHit(), { node, score: hit.score, snippet: hit.snippet })] : [];
  });
}
