import { Evidence, Source, SourceConnection } from "@claimline/schema";
import { countSources, findSources } from "@claimline/store";
import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { loadSource, sourceFromRow } from "../services/evidence.service.js";
import { pageRequest, toConnection } from "../services/pagination.js";

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  async source(@Root() evidence: Evidence, @Ctx() ctx: Context) {
    return (await loadSource(ctx, evidence.sourceId))!;
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: "The documents records come from, by title." })
  async sources(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    const request = pageRequest(args, "asc");
    const page = await findSources(ctx.store.db, request);
    return toConnection(
      SourceConnection,
      page,
      request,
      sourceFromRow,
      (r) => [r.title, r.id],
      () => countSources(ctx.store.db),
    );
  }
}
