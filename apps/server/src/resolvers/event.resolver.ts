import {
  DenialConnection,
  Event,
  EventConnection,
  EventFilter,
  EventStatus,
  Evidence,
  Participant,
  StatementConnection,
  StatementOrder,
} from "@claimline/schema";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { parseGlobalId, slugOf } from "../ids.js";
import { listDenials } from "../services/denial.service.js";
import { evidenceOf } from "../services/evidence.service.js";
import { eventStatus, listEvents, loadEvent } from "../services/event.service.js";
import { listStatements } from "../services/statement.service.js";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { description: "One event by global id. Unknown ids are NOT_FOUND." })
  async event(@Arg("id", () => ID, { description: 'e.g. "Event:putin-trump-summit".' }) id: string, @Ctx() ctx: Context) {
    const event = await loadEvent(ctx, slugOf(id, ["Event"]));
    if (!event) throw notFound(`No event with id "${id}"`);
    return event;
  }

  @Query(() => EventConnection, { description: "Events matching a filter, oldest first." })
  events(
    @Arg("filter", () => EventFilter, { nullable: true, description: "Which events; all conditions must hold." })
    filter: EventFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listEvents(ctx, filter, args);
  }

  @FieldResolver(() => EventStatus)
  status(@Root() event: Event, @Ctx() ctx: Context) {
    return eventStatus(ctx, event, parseGlobalId(event.id).slug);
  }

  @FieldResolver(() => Event, { nullable: true })
  partOf(@Root() event: Event, @Ctx() ctx: Context) {
    return loadEvent(ctx, event.partOfId);
  }

  @FieldResolver(() => [Participant])
  async participants(@Root() event: Event, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.participants.load(parseGlobalId(event.id).slug);
    return rows.map((r) => Object.assign(new Participant(), { actorId: r.actorId, role: r.role }));
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() event: Event, @Ctx() ctx: Context) {
    return evidenceOf(ctx, "Event", parseGlobalId(event.id).slug);
  }

  @FieldResolver(() => StatementConnection, { description: "Statements made at this event (it was their occasion), newest first." })
  statements(@Root() event: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listStatements(ctx, null, StatementOrder.NEWEST_FIRST, args, { kind: "occasion", id: parseGlobalId(event.id).slug });
  }

  @FieldResolver(() => DenialConnection, { description: "Denials that this event happened, newest first." })
  denials(@Root() event: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listDenials(ctx, null, args, { kind: "targetEvent", id: parseGlobalId(event.id).slug });
  }
}
