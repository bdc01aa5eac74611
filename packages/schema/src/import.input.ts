import { JSONObjectResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { MutationInput } from "./mutation.input.js";

@InputType("ImportSourceInput", { description: "A whole annotated source, stored in one transaction: all of it or none of it." })
export class ImportSourceInput extends MutationInput {
  @Field(() => JSONObjectResolver, {
    description:
      "The import document: the format of the seed's article.json with the text inline (`text`), as docs/document.schema.json publishes it. Ids inside are slugs.",
  })
  document!: Record<string, unknown>;
}
