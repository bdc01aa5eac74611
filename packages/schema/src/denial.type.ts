import { Field, ObjectType } from "type-graphql";
import { Actor } from "./actor.type.js";
import { DenialTarget } from "./denial-target.union.js";
import { Event } from "./event.type.js";
import { Evidence } from "./evidence.type.js";
import { Node } from "./node.type.js";
import { PartialDate } from "./partial-date.type.js";
import { Statement } from "./statement.type.js";

/** A first-class link from an actor to what it denies. */
@ObjectType("Denial", {
  implements: Node,
  description: "An actor's denial of a statement or of an event, with the span it rests on.",
})
export class Denial extends Node {
  override readonly typename = "Denial" as const;

  /** Not exposed: resolved to `denier`. */
  denierId!: string;
  /** Not exposed: which kind of record `targetId` names. */
  targetType!: "Statement" | "Event";
  /** Not exposed: resolved to `target`. */
  targetId!: string;

  @Field(() => Actor, { description: "Who denies it." })
  denier!: Actor;

  @Field(() => DenialTarget, { description: "What is denied." })
  target!: Statement | Event;

  @Field(() => String, { description: "What the denial says, in the source's words or a faithful paraphrase." })
  content!: string;

  @Field(() => String, { nullable: true, description: "The verbatim words of the denial, when quoted." })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: 'The reporting verb as written, e.g. "denied".' })
  cue!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it was denied, as precisely as known." })
  statedAt!: PartialDate | null;

  @Field(() => [Evidence], { description: "The spans of the sources that report the denial; never empty." })
  evidence!: Evidence[];

  @Field(() => String, { nullable: true, description: "Editorial note on how it was read from the source." })
  note!: string | null;
}
