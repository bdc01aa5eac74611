import { Actor, Participant } from "@claimline/schema";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { requireActor } from "../services/records.service.js";

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Actor)
  actor(@Root() participant: Participant, @Ctx() ctx: Context) {
    return requireActor(ctx, participant.actorId);
  }
}
