import { Field, Int, ObjectType } from "type-graphql";
import { Source } from "./source.type.js";

/** Where a record stands in its source: a W3C Web Annotation text-quote and text-position selector in one. */
@ObjectType("Evidence", {
  description: "The exact span of a source that a record rests on. `exact` always equals `source.text` sliced from `start` to `end`.",
})
export class Evidence {
  /** Not exposed: resolved to `source` by the server. */
  sourceId!: string;

  @Field(() => Source, { description: "The source document the span is in." })
  source!: Source;

  @Field(() => Int, { description: "Start offset in UTF-16 code units, as JavaScript indexes strings (inclusive)." })
  start!: number;

  @Field(() => Int, { description: "End offset in UTF-16 code units (exclusive)." })
  end!: number;

  @Field(() => String, { description: "The exact words of the span." })
  exact!: string;

  @Field(() => String, { description: "Up to 32 characters of the source immediately before the span." })
  prefix!: string;

  @Field(() => String, { description: "Up to 32 characters of the source immediately after the span." })
  suffix!: string;
}
