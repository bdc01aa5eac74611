import { Field, InputType } from "type-graphql";
import { PartialDateInput } from "./partial-date.input.js";

@InputType("RoleInput", { description: "A position a person holds or held, in the source's wording." })
export class RoleInput {
  @Field(() => String, { description: 'The title as written, e.g. "Russian President".' })
  title!: string;

  @Field(() => String, { nullable: true, description: "The organisation or state the role belongs to." })
  organization?: string | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When the role began." })
  from?: PartialDateInput | null;

  @Field(() => PartialDateInput, { nullable: true, description: "When the role ended." })
  to?: PartialDateInput | null;
}
