import { Actor, Denial, DenialConnection, DenialFilter, DenialTarget, Evidence } from "@claimline/schema";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { parseGlobalId, slugOf } from "../ids.js";
import { loadActor } from "../services/actor.service.js";
import { denialFromRow, denialTarget, listDenials } from "../services/denial.service.js";
import { evidenceOf } from "../services/evidence.service.js";

@Resolver(() => Denial)
export class DenialResolver {
  @Query(() => Denial, { description: "One denial by global id. Unknown ids are NOT_FOUND." })
  async denial(
    @Arg("id", () => ID, { description: 'e.g. "Denial:kremlin-denies-private-conversations-claims".' }) id: string,
    @Ctx() ctx: Context,
  ) {
    const row = await ctx.loaders.denial.load(slugOf(id, ["Denial"]));
    if (!row) throw notFound(`No denial with id "${id}"`);
    return denialFromRow(row);
  }

  @Query(() => DenialConnection, { description: "Denials matching a filter, newest first." })
  denials(
    @Arg("filter", () => DenialFilter, { nullable: true, description: "Which denials; all conditions must hold." })
    filter: DenialFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listDenials(ctx, filter, args);
  }

  @FieldResolver(() => Actor)
  async denier(@Root() denial: Denial, @Ctx() ctx: Context) {
    return (await loadActor(ctx, denial.denierId))!;
  }

  @FieldResolver(() => DenialTarget)
  target(@Root() denial: Denial, @Ctx() ctx: Context) {
    return denialTarget(ctx, denial);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() denial: Denial, @Ctx() ctx: Context) {
    return evidenceOf(ctx, "Denial", parseGlobalId(denial.id).slug);
  }
}
