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
import { slugOf } from "../ids.js";
import { build } from "../mappers/fields.js";
import { evidenceFrom } from "../mappers/source.mapper.js";
import { listDenials } from "../services/denial.service.js";
import { eventStatus, listEvents } from "../services/event.service.js";
import { loadEvent } from "../services/records.service.js";
import { listStatements } from "../services/statement.service.js";

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: "One event by global id; null, with a NOT_FOUND error, for an unknown id." })
  async event(@Arg("id", () => ID, { description: 'e.g. "Event:putin-trump-summit".' }) id: string, @Ctx() ctx: Context) {
    const event = await loadEvent(ctx, slugOf(id, ["Event"], "id"));
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
    return eventStatus(ctx, event);
  }

  @FieldResolver(() => Event, { nullable: true })
  partOf(@Root() event: Event, @Ctx() ctx: Context) {
    return loadEvent(ctx, event.partOfId);
  }

  @FieldResolver(() => [Participant])
  async participants(@Root() event: Event, @Ctx() ctx: Context) {
    const rows = await ctx.records.participants.load(event.slug);
    return rows.map((r) => build<Participant, "actor">(Participant, { actorId: r.actorId, role: r.role }));
  }

  @FieldResolver(() => [Evidence])
  async evidence(@Root() event: Event, @Ctx() ctx: Context) {
    return (await ctx.records.evidence.load({ type: "Event", slug: event.slug })).map(evidenceFrom);
  }

  @FieldResolver(() => StatementConnection, { description: "Statements made at this event (it was their occasion), newest first." })
  statements(@Root() event: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listStatements(ctx, null, StatementOrder.NEWEST_FIRST, args, { kind: "occasion", id: event.slug });
  }

  @FieldResolver(() => DenialConnection, { description: "Denials that this event happened, newest first." })
  denials(@Root() event: Event, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return listDenials(ctx, null, args, { kind: "targetEvent", id: event.slug });
  }
}
