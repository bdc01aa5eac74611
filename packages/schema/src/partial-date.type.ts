import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";

export const DatePrecision = {
  DAY: "DAY",
  MONTH: "MONTH",
  YEAR: "YEAR",
  DECADE: "DECADE",
} as const;
export type DatePrecision = (typeof DatePrecision)[keyof typeof DatePrecision];

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precisely a date is known.",
});

/**
 * A date as the source gives it: maybe only a month or a year, maybe a range, maybe just words.
 * Example: "as early as February or March" → earliest 2025-02-01, latest 2025-03-31.
 */
@ObjectType("PartialDate", {
  description: "A date as precisely as the source knows it, with inclusive bounds for filtering and the words as written.",
})
export class PartialDate {
  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 prefix at the known precision: "2022-02-24", "2022-02", "2014". Null when the source does not fix it.',
  })
  value!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of `value`; null when `value` is null." })
  precision!: DatePrecision | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Earliest day it can be (YYYY-MM-DD, inclusive)." })
  earliest!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Latest day it can be (YYYY-MM-DD, inclusive)." })
  latest!: string | null;

  @Field(() => String, { nullable: true, description: 'The date in the source\'s own words, e.g. "on Friday".' })
  text!: string | null;

  @Field(() => Boolean, { description: "True when the source gives the date as approximate." })
  circa!: boolean;

  @Field(() => String, { nullable: true, description: "How the date was resolved, especially when from outside the source." })
  note!: string | null;
}
