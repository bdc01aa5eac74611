import { Field, ID, InputType } from "type-graphql";
import { MutationInput } from "./mutation.input.js";
import { PartialDateInput } from "./partial-date.input.js";

@InputType("CreateSourceInput", { description: "A document to draw records from. Its text never changes once stored." })
export class CreateSourceInput extends MutationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Your own id, e.g. "Source:harbour-gazette-2025-03-02": a retry with the same id and text is idempotent.',
  })
  id?: string | null;

  @Field(() => String, { description: "Title as published." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Who published it." })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: "Where it was published (http or https)." })
  url?: string | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When it was published." })
  publishedAt?: PartialDateInput | null;

  @Field(() => String, { description: "The full text; evidence offsets index into it." })
  text!: string;

  @Field(() => String, { nullable: true, description: "Editorial note about the source itself." })
  note?: string | null;
}

@InputType("UpdateSourceInput", { description: "A source's details; its text cannot change." })
export class UpdateSourceInput extends MutationInput {
  @Field(() => ID, { description: "The source to change." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Title as published." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Who published it." })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: "Where it was published." })
  url?: string | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When it was published." })
  publishedAt?: PartialDateInput | null;

  @Field(() => String, { nullable: true, description: "Editorial note." })
  note?: string | null;
}
