import { Field, ID, InputType } from "type-graphql";

@InputType("ParticipantInput", { description: "An actor taking part in an event." })
export class ParticipantInput {
  @Field(() => ID, { description: 'Who takes part, e.g. "Person:donald-trump".' })
  actorId!: string;

  @Field(() => String, { nullable: true, description: 'The part played, e.g. "interviewee".' })
  role?: string | null;
}
