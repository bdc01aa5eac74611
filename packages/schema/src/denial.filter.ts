import { Field, ID, InputType } from "type-graphql";
import { DateRange } from "./date-range.input.js";

@InputType("DenialFilter", { description: "Conditions on denials; all given conditions must hold." })
export class DenialFilter {
  @Field(() => [ID], { nullable: true, description: "Made by any of these actors." })
  denierIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Denying any of these statements or events." })
  targetIds?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: "Made at a time overlapping this range." })
  statedIn?: DateRange | null;

  @Field(() => String, {
    nullable: true,
    description: "Every word of this (stemmed, common words ignored) in the denial's content, quote or cue, or its denier's names.",
  })
  text?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Stored after this denial (by the time it was stored): give the last denial a subscription delivered to catch up on what was stored while disconnected. An unknown id matches nothing.",
  })
  addedAfter?: string | null;
}
