import { Field, ObjectType } from "type-graphql";
import { PartialDate } from "./partial-date.type.js";

/** A position a person holds or held, worded as the source words it. */
@ObjectType("Role", { description: "A position a person holds or held, in the source's wording." })
export class Role {
  @Field(() => String, { description: 'The title as written, e.g. "Russian President".' })
  title!: string;

  @Field(() => String, { nullable: true, description: "The organisation or state the role belongs to." })
  organization!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When the role began, when known." })
  from!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: "When the role ended; null while held or unknown." })
  to!: PartialDate | null;
}
