import { Evidence, Source, SourceConnection } from "@claimline/schema";
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { listSources } from "../services/actor.service.js";
import { loadSource } from "../services/records.service.js";

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  async source(@Root() evidence: Evidence, @Ctx() ctx: Context) {
    const source = await loadSource(ctx, evidence.sourceId);
    if (!source) throw new Error(`evidence refers to source ${evidence.sourceId}, which is not stored`);
    return source;
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: "The documents records come from, by title." })
  sources(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listSources(ctx, args);
  }
}
