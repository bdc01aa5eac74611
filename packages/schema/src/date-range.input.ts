import { LocalDateResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

/** An inclusive range of days; a partial date matches when its bounds overlap it. */
@InputType("DateRange", {
  description: 'Inclusive range of days. Partial dates match by overlap: "2022" and "February 2022" both overlap 2022-02-10..2022-02-20.',
})
export class DateRange {
  @Field(() => LocalDateResolver, { nullable: true, description: "First day (inclusive); open when null." })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day (inclusive); open when null." })
  to?: string | null;
}
