import { SearchHit } from "@claimline/schema";
import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../connection.args.js";
import type { Context } from "../context.js";
import { search } from "../services/search.service.js";

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: "Full-text search across actors, statements and events, most relevant first, each with a highlighted snippet.",
  })
  search(
    @Arg("text", () => String, { description: 'Words to find, all of them (stemmed): e.g. "summit", "private conversations".' })
    text: string,
    @Arg("first", () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many hits (1–${MAX_PAGE_SIZE}).` }) first: number,
    @Ctx() ctx: Context,
  ) {
    return search(ctx, text, first);
  }
}
