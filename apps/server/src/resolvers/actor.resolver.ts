import { Actor, ActorConnection, ActorFilter, ActorKind } from "@claimline/schema";
import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { ACTOR_TYPES, parseGlobalId, slugOf } from "../ids.js";
import { listActors } from "../services/actor.service.js";
import { loadActor } from "../services/records.service.js";

@Resolver()
export class ActorQueryResolver {
  @Query(() => Actor, {
    nullable: true,
    description: "One person or organisation by global id; null, with a NOT_FOUND error, for an unknown id.",
  })
  async actor(
    @Arg("id", () => ID, { description: 'e.g. "Person:donald-trump" or "Organization:kremlin".' }) id: string,
    @Ctx() ctx: Context,
  ) {
    const slug = slugOf(id, ACTOR_TYPES, "id");
    const actor = await loadActor(ctx, slug, parseGlobalId(id).type === "Person" ? "Person" : "Organization");
    if (!actor) throw notFound(`No actor with id "${id}"`);
    return actor;
  }

  @Query(() => ActorConnection, { description: "People and organisations, by name." })
  actors(
    @Arg("filter", () => ActorFilter, { nullable: true, description: "Which actors." }) filter: ActorFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listActors(ctx, filter, args);
  }

  @Query(() => ActorConnection, { description: "People only, by name." })
  people(
    @Arg("text", () => String, { nullable: true, description: "Name or alias contains this, case-insensitively." }) text: string | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listActors(ctx, { kinds: [ActorKind.PERSON], text }, args);
  }
}
