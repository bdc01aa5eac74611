import {
  Actor,
  DenialConnection,
  EventConnection,
  Evidence,
  StatementConnection,
  StatementFilter,
  StatementOrder,
} from "@claimline/schema";
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { evidenceFrom } from "../mappers/source.mapper.js";
import { listDenials } from "../services/denial.service.js";
import { listEvents } from "../services/event.service.js";
import { listStatements } from "../services/statement.service.js";

/** Relations every actor has; type-graphql gives them to Person and Organization alike. */
@Resolver(() => Actor)
export class ActorRelationsResolver {
  @FieldResolver(() => StatementConnection, {
    description: "What this actor said, newest first by default; the filter narrows it further.",
  })
  statements(
    @Root() actor: Actor,
    @Arg("filter", () => StatementFilter, { nullable: true, description: "Further conditions, all of which must hold." })
    filter: StatementFilter | null,
    @Arg("orderBy", () => StatementOrder, { nullable: true, description: "NEWEST_FIRST by default." }) orderBy: StatementOrder | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listStatements(ctx, filter, orderBy, args, { kind: "speaker", id: actor.slug });
  }

  @FieldResolver(() => DenialConnection, { description: "The denials this actor made, newest first." })
  denials(@Root() actor: Actor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listDenials(ctx, null, args, { kind: "denier", id: actor.slug });
  }

  @FieldResolver(() => StatementConnection, {
    description: "Statements about this actor, newest first by default; the filter narrows it further.",
  })
  mentionedIn(
    @Root() actor: Actor,
    @Arg("filter", () => StatementFilter, { nullable: true, description: "Further conditions, all of which must hold." })
    filter: StatementFilter | null,
    @Arg("orderBy", () => StatementOrder, { nullable: true, description: "NEWEST_FIRST by default." }) orderBy: StatementOrder | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listStatements(ctx, filter, orderBy, args, { kind: "about", id: actor.slug });
  }

  @FieldResolver(() => [Evidence], { description: "Where the sources name this actor, in the order recorded." })
  async evidence(@Root() actor: Actor, @Ctx() ctx: Context) {
    return (await ctx.records.evidence.load({ type: "Actor", slug: actor.slug })).map(evidenceFrom);
  }

  @FieldResolver(() => EventConnection, { description: "Events this actor took part in, oldest first." })
  events(@Root() actor: Actor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listEvents(ctx, null, args, { kind: "participant", id: actor.slug });
  }
}
