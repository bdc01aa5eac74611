import { Field, ID, InputType, Int } from "type-graphql";

@InputType("EvidenceInput", {
  description:
    "The exact span of a stored source a record rests on. `exact` must equal the source's text from `start` to `end` (SPAN_MISMATCH otherwise).",
})
export class EvidenceInput {
  @Field(() => ID, { description: 'The source, e.g. "Source:trump-admits-talking-to-putin".' })
  sourceId!: string;

  @Field(() => Int, { description: "Start offset in UTF-16 code units (inclusive)." })
  start!: number;

  @Field(() => Int, { description: "End offset in UTF-16 code units (exclusive)." })
  end!: number;

  @Field(() => String, { description: "The exact words of the span." })
  exact!: string;
}
