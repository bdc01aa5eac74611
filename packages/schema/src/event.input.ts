import { Field, ID, InputType } from "type-graphql";
import { EventStatus, EventType } from "./event.enums.js";
import { EvidenceInput } from "./evidence.input.js";
import { MutationInput } from "./mutation.input.js";
import { ParticipantInput } from "./participant.input.js";
import { PartialDateInput } from "./partial-date.input.js";

@InputType("CreateEventInput", {
  description: "Something that happened, is happening, or is proposed or claimed, as a stored source reports it.",
})
export class CreateEventInput extends MutationInput {
  @Field(() => ID, { nullable: true, description: "Your own id (Event:…): a retry with the same id and content is idempotent." })
  id?: string | null;

  @Field(() => String, { description: "A short title." })
  title!: string;

  @Field(() => EventType, { description: "What sort of event." })
  type!: EventType;

  @Field(() => EventStatus, { description: "As the source reports it (DISPUTED is derived from denials, never recorded)." })
  status!: EventStatus;

  @Field(() => PartialDateInput, { nullable: true, description: "When it began (or begins)." })
  start?: PartialDateInput | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When it ended." })
  end?: PartialDateInput | null;

  @Field(() => String, { nullable: true, description: "Where, in the source's words." })
  location?: string | null;

  @Field(() => ID, { nullable: true, description: "The larger event it is part of." })
  partOfId?: string | null;

  @Field(() => String, { nullable: true, description: "What the sources say it was." })
  description?: string | null;

  @Field(() => [ParticipantInput], { nullable: true, description: "Who took part, and how." })
  participants?: ParticipantInput[] | null;

  @Field(() => String, { nullable: true, description: "Editorial note." })
  note?: string | null;

  @Field(() => [EvidenceInput], { description: "The spans that speak of it; at least one." })
  evidence!: EvidenceInput[];
}

@InputType("UpdateEventInput", {
  description: "The fields to change; fields left out keep their value, null clears one. Evidence never changes.",
})
export class UpdateEventInput extends MutationInput {
  @Field(() => ID, { description: "The event to change." })
  id!: string;

  @Field(() => String, { nullable: true, description: "A short title." })
  title?: string | null;

  @Field(() => EventType, { nullable: true, description: "What sort of event." })
  type?: EventType | null;

  @Field(() => EventStatus, { nullable: true, description: "As the source reports it." })
  status?: EventStatus | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When it began." })
  start?: PartialDateInput | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When it ended." })
  end?: PartialDateInput | null;

  @Field(() => String, { nullable: true, description: "Where." })
  location?: string | null;

  @Field(() => ID, { nullable: true, description: "The larger event it is part of." })
  partOfId?: string | null;

  @Field(() => String, { nullable: true, description: "What the sources say it was." })
  description?: string | null;

  @Field(() => [ParticipantInput], { nullable: true, description: "Who took part (replaces the list)." })
  participants?: ParticipantInput[] | null;

  @Field(() => String, { nullable: true, description: "Editorial note." })
  note?: string | null;
}
