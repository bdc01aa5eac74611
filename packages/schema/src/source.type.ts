import { Field, ObjectType } from "type-graphql";
import { Node } from "./node.type.js";
import { PartialDate } from "./partial-date.type.js";

/** A document that records come from. Its text never changes once stored. */
@ObjectType("Source", { implements: Node, description: "A document records are drawn from, e.g. a news article. Its text is immutable." })
export class Source extends Node {
  override readonly typename = "Source" as const;

  @Field(() => String, { description: "Title as published." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Who published it, when known." })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: "Where it was published, when known." })
  url!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it was published, when known." })
  publishedAt!: PartialDate | null;

  @Field(() => String, { description: "The full text; evidence offsets index into it." })
  text!: string;

  @Field(() => String, { description: "SHA-256 of the text, hex: proves the text has not changed." })
  contentHash!: string;

  @Field(() => String, { nullable: true, description: "Editorial note about the source itself." })
  note!: string | null;
}
