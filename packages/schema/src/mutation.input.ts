import { Field, InputType } from "type-graphql";

/** What every mutation input carries: Relay's echo for matching answers to requests. */
@InputType("MutationInputBase")
export abstract class MutationInput {
  @Field(() => String, {
    nullable: true,
    description: "Any string: returned as is in the payload, so a client can match answers to requests.",
  })
  clientMutationId?: string | null;
}
