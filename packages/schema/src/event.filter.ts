import { Field, ID, InputType } from "type-graphql";
import { DateRange } from "./date-range.input.js";
import { EventStatus, EventType } from "./event.enums.js";

@InputType("EventFilter", { description: "Conditions on events; all given conditions must hold." })
export class EventFilter {
  @Field(() => [EventStatus], { nullable: true, description: "With any of these statuses (DISPUTED means denied)." })
  statuses?: EventStatus[] | null;

  @Field(() => [EventType], { nullable: true, description: "Of any of these types." })
  types?: EventType[] | null;

  @Field(() => [ID], { nullable: true, description: "With any of these actors taking part." })
  participantIds?: string[] | null;

  @Field(() => DateRange, { nullable: true, description: "Overlapping this range (from start to end)." })
  during?: DateRange | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Every word of this (stemmed, common words ignored) in the title, description or location. At most 500 characters and 32 words.",
  })
  text?: string | null;
}
