import { Actor, Denial, DenialConnection, DenialFilter, DenialTarget, Evidence } from "@claimline/schema";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { slugOf } from "../ids.js";
import { evidenceFrom } from "../mappers/source.mapper.js";
import { denialTarget, listDenials } from "../services/denial.service.js";
import { loadDenial, requireActor } from "../services/records.service.js";

@Resolver(() => Denial)
export class DenialResolver {
  @Query(() => Denial, { nullable: true, description: "One denial by global id; null, with a NOT_FOUND error, for an unknown id." })
  async denial(
    @Arg("id", () => ID, { description: 'e.g. "Denial:kremlin-denies-private-conversations-claims".' }) id: string,
    @Ctx() ctx: Context,
  ) {
    const denial = await loadDenial(ctx, slugOf(id, ["Denial"], "id"));
    if (!denial) throw notFound(`No denial with id "${id}"`);
    return denial;
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
  denier(@Root() denial: Denial, @Ctx() ctx: Context) {
    return requireActor(ctx, denial.denierId);
  }

  @FieldResolver(() => DenialTarget)
  target(@Root() denial: Denial, @Ctx() ctx: Context) {
    return denialTarget(ctx, denial);
  }

  @FieldResolver(() => [Evidence])
  async evidence(@Root() denial: Denial, @Ctx() ctx: Context) {
    return (await ctx.records.evidence.load({ type: "Denial", slug: denial.slug })).map(evidenceFrom);
  }
}
