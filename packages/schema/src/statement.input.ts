import { Field, ID, InputType } from "type-graphql";
import { EvidenceInput } from "./evidence.input.js";
import { MutationInput } from "./mutation.input.js";
import { PartialDateInput } from "./partial-date.input.js";
import { QuoteType, SpeechAct } from "./statement.enums.js";

@InputType("CreateStatementInput", { description: "Something an actor said, as a stored source reports it." })
export class CreateStatementInput extends MutationInput {
  @Field(() => ID, { nullable: true, description: "Your own id (Statement:…): a retry with the same id and content is idempotent." })
  id?: string | null;

  @Field(() => ID, { description: "Who said it (a Person or Organization id)." })
  speakerId!: string;

  @Field(() => String, { description: "What was said, in the source's words or a faithful paraphrase." })
  content!: string;

  @Field(() => String, { nullable: true, description: "The verbatim words, when quoted." })
  quote?: string | null;

  @Field(() => QuoteType, { description: "Whether the source quotes, paraphrases, or mixes both." })
  quoteType!: QuoteType;

  @Field(() => SpeechAct, { description: "What the speaker does in saying it." })
  speechAct!: SpeechAct;

  @Field(() => String, { nullable: true, description: 'The reporting verb as written, e.g. "admitted".' })
  cue?: string | null;

  @Field(() => String, { nullable: true, description: 'The hedging word as written, e.g. "reportedly".' })
  hedge?: string | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When it was said." })
  statedAt?: PartialDateInput | null;

  @Field(() => ID, { nullable: true, description: "The event it was said at (an Event id)." })
  occasionId?: string | null;

  @Field(() => [ID], { nullable: true, description: "The actors it is about." })
  aboutIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Short topic tags." })
  topics?: string[] | null;

  @Field(() => String, { nullable: true, description: "Editorial note on how it was read from the source." })
  note?: string | null;

  @Field(() => [EvidenceInput], { description: "The spans that report it; at least one." })
  evidence!: EvidenceInput[];
}

@InputType("UpdateStatementInput", {
  description: "The fields to change; fields left out keep their value, null clears one. Evidence never changes.",
})
export class UpdateStatementInput extends MutationInput {
  @Field(() => ID, { description: "The statement to change." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "Who said it." })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: "What was said." })
  content?: string | null;

  @Field(() => String, { nullable: true, description: "The verbatim words." })
  quote?: string | null;

  @Field(() => QuoteType, { nullable: true, description: "Quote type." })
  quoteType?: QuoteType | null;

  @Field(() => SpeechAct, { nullable: true, description: "Speech act." })
  speechAct?: SpeechAct | null;

  @Field(() => String, { nullable: true, description: "The reporting verb." })
  cue?: string | null;

  @Field(() => String, { nullable: true, description: "The hedging word." })
  hedge?: string | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When it was said." })
  statedAt?: PartialDateInput | null;

  @Field(() => ID, { nullable: true, description: "The event it was said at." })
  occasionId?: string | null;

  @Field(() => [ID], { nullable: true, description: "The actors it is about (replaces the list)." })
  aboutIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Topic tags (replaces the list)." })
  topics?: string[] | null;

  @Field(() => String, { nullable: true, description: "Editorial note." })
  note?: string | null;
}

@InputType("DeprecateStatementInput", { description: "Marks a statement DEPRECATED: hidden from default lists and search, never deleted." })
export class DeprecateStatementInput extends MutationInput {
  @Field(() => ID, { description: "The statement." })
  id!: string;

  @Field(() => String, { description: 'Why, e.g. "duplicate of Statement:…" or "misread: the source attributes it to …".' })
  reason!: string;
}
