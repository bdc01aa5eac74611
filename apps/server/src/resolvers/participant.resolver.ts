import { Actor, Participant } from "@claimline/schema";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { loadActor } from "../services/actor.service.js";

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Actor)
  async actor(@Root() participant: Participant, @Ctx() ctx: Context) {
    return (await loadActor(ctx, participant.actorId))!;
  }
}
