import { Field, ObjectType } from "type-graphql";
import { Actor } from "./actor.type.js";

@ObjectType("Participant", { description: "An actor taking part in an event, with the part it plays." })
export class Participant {
  /** Not exposed: resolved to `actor` by the server. */
  actorId!: string;

  @Field(() => Actor, { description: "Who takes part." })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'The part played, e.g. "interviewee", "invader".' })
  role!: string | null;
}
