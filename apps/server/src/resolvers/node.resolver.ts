import { Node } from "@claimline/schema";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { MAX_PAGE_SIZE } from "../connection.args.js";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { loadNode } from "../services/records.service.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any record by its global id; null when there is none." })
  node(@Arg("id", () => ID, { description: 'A global id, e.g. "Person:donald-trump".' }) id: string, @Ctx() ctx: Context) {
    return loadNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Records by global id, in the order asked (up to ${MAX_PAGE_SIZE}); null where there is none.`,
  })
  nodes(@Arg("ids", () => [ID], { description: "Global ids." }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_PAGE_SIZE) throw badInput(`nodes takes at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, { argument: "ids" });
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}
