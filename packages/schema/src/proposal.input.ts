import { LocalDateResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType("ProposalSourceInput", { description: "Where a text proposed from comes from: what the import document's source will say." })
export class ProposalSourceInput {
  @Field(() => String, { nullable: true, description: "A slug for the source; taken from the title when left out." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: "Title as published; the text's first line when left out." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Who published it." })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: "Where it was published (http or https)." })
  url?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Publication day (YYYY-MM-DD): relative dates such as "on Friday" are resolved against it; without it they stay unresolved.',
  })
  published?: string | null;
}
