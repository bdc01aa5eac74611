import { Field, ObjectType } from "type-graphql";
import { Evidence } from "./evidence.type.js";
import { EventStatus, EventType } from "./event.enums.js";
import { Node } from "./node.type.js";
import { Participant } from "./participant.type.js";
import { PartialDate } from "./partial-date.type.js";

/** Something that happened, is happening, or is proposed or claimed (after GDELT/CAMEO). */
@ObjectType("Event", {
  implements: Node,
  description: "Something that happened, is happening, or is only proposed or claimed.",
})
export class Event extends Node {
  override readonly typename = "Event" as const;

  /** Not exposed: resolved to `partOf`. */
  partOfId!: string | null;
  /** Not exposed: the status as recorded, before denials make it DISPUTED. */
  recordedStatus!: EventStatus;

  @Field(() => String, { description: "A short title." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the sources say it was." })
  description!: string | null;

  @Field(() => EventType, { description: "What sort of event." })
  type!: EventType;

  @Field(() => EventStatus, { description: "As recorded, except that an event anyone denies reads DISPUTED." })
  status!: EventStatus;

  @Field(() => PartialDate, { nullable: true, description: "When it began (or begins), as precisely as known." })
  start!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: "When it ended, as precisely as known." })
  end!: PartialDate | null;

  @Field(() => String, { nullable: true, description: 'Where, in the source\'s words, e.g. "aboard Air Force One".' })
  location!: string | null;

  @Field(() => Event, { nullable: true, description: "The larger event this is part of." })
  partOf!: Event | null;

  @Field(() => [Participant], { description: "Who took part, and how." })
  participants!: Participant[];

  @Field(() => [Evidence], { description: "The spans of the sources that speak of it; never empty." })
  evidence!: Evidence[];

  @Field(() => String, { nullable: true, description: "Editorial note, e.g. where a date was resolved from outside the source." })
  note!: string | null;
}
