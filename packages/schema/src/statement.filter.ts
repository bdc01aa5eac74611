import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { DateRange } from "./date-range.input.js";
import { QuoteType, SpeechAct } from "./statement.enums.js";

export const StatementOrder = {
  NEWEST_FIRST: "NEWEST_FIRST",
  OLDEST_FIRST: "OLDEST_FIRST",
  RELEVANCE: "RELEVANCE",
} as const;
export type StatementOrder = (typeof StatementOrder)[keyof typeof StatementOrder];

registerEnumType(StatementOrder, {
  name: "StatementOrder",
  description: "Order of a statement list. RELEVANCE needs `filter.text`; without it the order is NEWEST_FIRST.",
});

/** Every condition given must hold (AND); each list matches any of its values (OR). */
@InputType("StatementFilter", { description: "Conditions on statements; all given conditions must hold." })
export class StatementFilter {
  @Field(() => [ID], { nullable: true, description: "Said by any of these actors." })
  speakerIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "Said by an actor whose name or alias contains this, case-insensitively." })
  speakerName?: string | null;

  @Field(() => [SpeechAct], { nullable: true, description: "Of any of these speech acts." })
  speechActs?: SpeechAct[] | null;

  @Field(() => [QuoteType], { nullable: true, description: "Of any of these quote types." })
  quoteTypes?: QuoteType[] | null;

  @Field(() => [ID], { nullable: true, description: "About any of these actors." })
  aboutIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Said at this event (its occasion)." })
  eventId?: string | null;

  @Field(() => DateRange, { nullable: true, description: "Said at a time overlapping this range." })
  statedIn?: DateRange | null;

  @Field(() => Boolean, { nullable: true, description: "Only denied (true) or only undenied (false) statements." })
  disputed?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Every word of this (stemmed, common words ignored) in the statement's content, quote or cue, or in the names and aliases of its speaker and of the actors it is about. At most 500 characters and 32 words.",
  })
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Include DEPRECATED statements (default false)." })
  includeDeprecated?: boolean | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Stored after this statement (by the time it was stored): give the last statement a subscription delivered to catch up on what was stored while disconnected. An unknown id matches nothing.",
  })
  addedAfter?: string | null;
}
