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
import { parseGlobalId } from "../ids.js";
import { listDenials } from "../services/denial.service.js";
import { evidenceOf } from "../services/evidence.service.js";
import { listEvents } from "../services/event.service.js";
import { listStatements } from "../services/statement.service.js";

/** Relations every actor has; type-graphql gives them to Person and Organization alike. */
@Resolver(() => Actor)
export class ActorRelationsResolver {
  @FieldResolver(() => StatementConnection, { description: "What this actor said, newest first by default." })
  statements(
    @Root() actor: Actor,
    @Arg("filter", () => StatementFilter, { nullable: true, description: "Further conditions." }) filter: StatementFilter | null,
    @Arg("orderBy", () => StatementOrder, { nullable: true, description: "NEWEST_FIRST by default." }) orderBy: StatementOrder | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listStatements(ctx, filter, orderBy, args, { kind: "speaker", id: parseGlobalId(actor.id).slug });
  }

  @FieldResolver(() => DenialConnection, { description: "The denials this actor made, newest first." })
  denials(@Root() actor: Actor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listDenials(ctx, null, args, { kind: "denier", id: parseGlobalId(actor.id).slug });
  }

  @FieldResolver(() => StatementConnection, { description: "Statements about this actor, newest first." })
  mentionedIn(@Root() actor: Actor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listStatements(ctx, null, StatementOrder.NEWEST_FIRST, args, { kind: "about", id: parseGlobalId(actor.id).slug });
  }

  @FieldResolver(() => [Evidence], { description: "Where the sources name this actor, in the order recorded." })
  evidence(@Root() actor: Actor, @Ctx() ctx: Context) {
    return evidenceOf(ctx, "Actor", parseGlobalId(actor.id).slug);
  }

  @FieldResolver(() => EventConnection, { description: "Events this actor took part in, oldest first." })
  events(@Root() actor: Actor, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listEvents(ctx, null, args, parseGlobalId(actor.id).slug);
  }
}
