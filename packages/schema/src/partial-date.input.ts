import { LocalDateResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { DatePrecision } from "./partial-date.type.js";

@InputType("PartialDateInput", { description: "A date as precisely as the source gives it; see PartialDate." })
export class PartialDateInput {
  @Field(() => String, { nullable: true, description: 'ISO 8601 prefix: "2022-02-24", "2022-02", "2022" or a decade "202".' })
  value?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of `value`; given with it or not at all." })
  precision?: DatePrecision | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Earliest day it can be (inclusive)." })
  earliest?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Latest day it can be (inclusive)." })
  latest?: string | null;

  @Field(() => String, { nullable: true, description: 'The date in the source\'s own words, e.g. "on Friday".' })
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True when the source gives the date as approximate (default false)." })
  circa?: boolean | null;

  @Field(() => String, { nullable: true, description: "How the date was resolved, especially from outside the source." })
  note?: string | null;
}
