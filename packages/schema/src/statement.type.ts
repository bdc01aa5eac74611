import { Field, ObjectType } from "type-graphql";
import { Actor } from "./actor.type.js";
import { Event } from "./event.type.js";
import { Evidence } from "./evidence.type.js";
import { Node } from "./node.type.js";
import { PartialDate } from "./partial-date.type.js";
import { QuoteType, Rank, SpeechAct, StatementStatus } from "./statement.enums.js";

/** Something an actor said, as a source reports it (source · cue · content, after PARC attribution). */
@ObjectType("Statement", {
  implements: Node,
  description: "Something an actor said, as a source reports it, with the exact span it rests on.",
})
export class Statement extends Node {
  override readonly typename = "Statement" as const;

  /** Not exposed: resolved to `speaker`. */
  speakerId!: string;
  /** Not exposed: resolved to `occasion`. */
  occasionId!: string | null;

  @Field(() => Actor, { description: "Who said it." })
  speaker!: Actor;

  @Field(() => String, { description: "What was said, in the source's words or a faithful paraphrase." })
  content!: string;

  @Field(() => String, { nullable: true, description: 'The verbatim words when the source quotes them, e.g. "better not say".' })
  quote!: string | null;

  @Field(() => QuoteType, { description: "Whether the source quotes, paraphrases, or mixes both." })
  quoteType!: QuoteType;

  @Field(() => SpeechAct, { description: "What the speaker does in saying it." })
  speechAct!: SpeechAct;

  @Field(() => String, { nullable: true, description: 'The reporting verb as written, e.g. "admitted", "alluding".' })
  cue!: string | null;

  @Field(() => Boolean, { description: 'True when the source hedges its report, e.g. with "reportedly".' })
  hedged!: boolean;

  @Field(() => String, { nullable: true, description: 'The hedging word as written, e.g. "reportedly".' })
  hedge!: string | null;

  @Field(() => PartialDate, { nullable: true, description: "When it was said, as precisely as known." })
  statedAt!: PartialDate | null;

  @Field(() => Event, { nullable: true, description: "The occasion it was said on, e.g. an interview." })
  occasion!: Event | null;

  @Field(() => [Actor], { description: "The actors it is about." })
  about!: Actor[];

  @Field(() => [String], { description: "Short topic tags." })
  topics!: string[];

  @Field(() => [Evidence], { description: "The spans of the sources that report it; never empty." })
  evidence!: Evidence[];

  @Field(() => StatementStatus, { description: "DISPUTED when any denial targets it, otherwise UNCONTESTED." })
  status!: StatementStatus;

  @Field(() => Rank, { description: "DEPRECATED statements are hidden from lists unless asked for." })
  rank!: Rank;

  @Field(() => String, { nullable: true, description: "Why it was deprecated." })
  rankReason!: string | null;

  @Field(() => String, { nullable: true, description: "Editorial note on how it was read from the source." })
  note!: string | null;
}
