import { Field, ID, InputType } from "type-graphql";
import { EvidenceInput } from "./evidence.input.js";
import { MutationInput } from "./mutation.input.js";
import { PartialDateInput } from "./partial-date.input.js";

@InputType("CreateDenialInput", { description: "An actor's denial of a stored statement or event, as a stored source reports it." })
export class CreateDenialInput extends MutationInput {
  @Field(() => ID, { nullable: true, description: "Your own id (Denial:…): a retry with the same id and content is idempotent." })
  id?: string | null;

  @Field(() => ID, { description: "Who denies it (a Person or Organization id)." })
  denierId!: string;

  @Field(() => ID, { description: "What is denied: a Statement or an Event id." })
  targetId!: string;

  @Field(() => String, { description: "What the denial says." })
  content!: string;

  @Field(() => String, { nullable: true, description: "The verbatim words of the denial." })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'The reporting verb, e.g. "denied".' })
  cue?: string | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When it was denied." })
  statedAt?: PartialDateInput | null;

  @Field(() => String, { nullable: true, description: "Editorial note." })
  note?: string | null;

  @Field(() => [EvidenceInput], { description: "The spans that report the denial; at least one." })
  evidence!: EvidenceInput[];
}

@InputType("UpdateDenialInput", {
  description: "The fields to change; fields left out keep their value, null clears one. Evidence never changes.",
})
export class UpdateDenialInput extends MutationInput {
  @Field(() => ID, { description: "The denial to change." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "Who denies it." })
  denierId?: string | null;

  @Field(() => ID, { nullable: true, description: "What is denied: a Statement or an Event id." })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: "What the denial says." })
  content?: string | null;

  @Field(() => String, { nullable: true, description: "The verbatim words." })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: "The reporting verb." })
  cue?: string | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When it was denied." })
  statedAt?: PartialDateInput | null;

  @Field(() => String, { nullable: true, description: "Editorial note." })
  note?: string | null;
}
