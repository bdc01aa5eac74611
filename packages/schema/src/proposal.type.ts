import { JSONObjectResolver } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { ActorKind } from "./actor.type.js";
import { EventStatus, EventType } from "./event.enums.js";
import { PartialDate } from "./partial-date.type.js";
import { QuoteType, SpeechAct } from "./statement.enums.js";

@ObjectType("ProposedSpan", {
  description: "A stretch of the proposed-from text: `exact` always equals the text sliced from `start` to `end`.",
})
export class ProposedSpan {
  @Field(() => Int, { description: "Start offset in UTF-16 code units (inclusive)." })
  start!: number;

  @Field(() => Int, { description: "End offset in UTF-16 code units (exclusive)." })
  end!: number;

  @Field(() => String, { description: "The exact words." })
  exact!: string;
}

@ObjectType("ProposedActor", { description: "A person or organisation the text names, matched to a stored actor where one fits." })
export class ProposedActor {
  @Field(() => String, { description: "Its id in the proposed document (a slug)." })
  slug!: string;

  @Field(() => ID, { nullable: true, description: "The stored actor it was matched to by name or alias; null when new." })
  actorId!: string | null;

  @Field(() => Boolean, { description: "True when no stored actor matched: check it before importing." })
  isNew!: boolean;

  @Field(() => String, { description: "Person or Organization." })
  type!: string;

  @Field(() => ActorKind, { description: "What sort of actor." })
  kind!: ActorKind;

  @Field(() => String, { description: "Its name." })
  name!: string;

  @Field(() => [String], { description: 'Other names it goes by, some derived from the text (a role: "the spokesman").' })
  aliases!: string[];

  @Field(() => [ProposedSpan], { description: "Where the text names it." })
  mentions!: ProposedSpan[];

  @Field(() => Float, { description: "How sure the rule is, 0 to 1." })
  confidence!: number;

  @Field(() => String, { description: "The rule that proposed it." })
  rule!: string;
}

@ObjectType("ProposedStatement", { description: "Something the text reports someone said, with speaker, cue and content spans." })
export class ProposedStatement {
  @Field(() => String, { description: "Its id in the proposed document (a slug)." })
  slug!: string;

  @Field(() => String, { description: "The speaker's slug (see `actors`)." })
  speakerSlug!: string;

  @Field(() => String, { description: 'The cue as written: "said", "expressed concern", "According to".' })
  cue!: string;

  @Field(() => ProposedSpan, { description: "Where the cue is." })
  cueSpan!: ProposedSpan;

  @Field(() => SpeechAct, { description: "What the cue does, from the cue lexicon." })
  speechAct!: SpeechAct;

  @Field(() => String, { nullable: true, description: 'A hedge before the cue: "reportedly", "according to".' })
  hedge!: string | null;

  @Field(() => QuoteType, { description: "Direct (quoted), indirect, or mixed." })
  quoteType!: QuoteType;

  @Field(() => ProposedSpan, { description: "What was said: the quotation's words, or the reported clause." })
  contentSpan!: ProposedSpan;

  @Field(() => ProposedSpan, { description: "The whole attribution, speaker to content: the evidence span." })
  span!: ProposedSpan;

  @Field(() => String, {
    nullable: true,
    description: 'Second-hand attribution: who passed the words on ("media reports", "reporters"); null for the speaker\'s own words.',
  })
  reportedVia!: string | null;

  @Field(() => Float, { description: "How sure the rule is, 0 to 1." })
  confidence!: number;

  @Field(() => String, { description: "The rule that proposed it." })
  rule!: string;
}

@ObjectType("ProposedDenialTarget", { description: "What a proposed denial denies: a statement or an event of the same proposal." })
export class ProposedDenialTarget {
  @Field(() => String, { description: "Statement or Event." })
  type!: string;

  @Field(() => String, { description: "Its slug in the proposal." })
  slug!: string;
}

@ObjectType("ProposedDenial", { description: "A denial the text reports, with its denier and, where the text names it, its target." })
export class ProposedDenial {
  @Field(() => String, { description: "Its id in the proposed document (a slug)." })
  slug!: string;

  @Field(() => String, { description: "The denier's slug (see `actors`)." })
  denierSlug!: string;

  @Field(() => String, { description: 'The cue as written: "denied", "dismissed".' })
  cue!: string;

  @Field(() => ProposedSpan, { description: "Where the cue is." })
  cueSpan!: ProposedSpan;

  @Field(() => QuoteType, { description: "Direct (quoted) or indirect." })
  quoteType!: QuoteType;

  @Field(() => ProposedSpan, { description: "The denial's words." })
  contentSpan!: ProposedSpan;

  @Field(() => ProposedSpan, { description: "The whole denial: the evidence span." })
  span!: ProposedSpan;

  @Field(() => ProposedDenialTarget, {
    nullable: true,
    description: "What it denies; null when the rules could not tell (add it before importing).",
  })
  target!: ProposedDenialTarget | null;

  @Field(() => Float, { description: "How sure the rule is, 0 to 1." })
  confidence!: number;

  @Field(() => String, { description: "The rule that proposed it." })
  rule!: string;
}

@ObjectType("ProposedEvent", { description: "Something that happened, is claimed or is proposed, as the text names it." })
export class ProposedEvent {
  @Field(() => String, { description: "Its id in the proposed document (a slug)." })
  slug!: string;

  @Field(() => String, { description: "A title from its first mention." })
  title!: string;

  @Field(() => EventType, { description: "What sort of event." })
  type!: EventType;

  @Field(() => EventStatus, { description: "PROPOSED, SCHEDULED, ONGOING, CLAIMED (named inside reported speech) or OCCURRED." })
  status!: EventStatus;

  @Field(() => PartialDate, { nullable: true, description: "When, as written beside it, resolved against the publication day." })
  start!: PartialDate | null;

  @Field(() => [String], { description: "Slugs of the actors named in its mentions." })
  participantSlugs!: string[];

  @Field(() => [ProposedSpan], { description: "Where the text names it." })
  mentions!: ProposedSpan[];

  @Field(() => Float, { description: "How sure the rule is, 0 to 1." })
  confidence!: number;

  @Field(() => String, { description: "The rule that proposed it." })
  rule!: string;
}

@ObjectType("TextProposal", {
  description: "What the ingest assistant reads in a text, for an editor to review; nothing is stored until `importSource`.",
})
export class TextProposal {
  @Field(() => [ProposedActor], { description: "The actors named, stored ones matched by name and alias." })
  actors!: ProposedActor[];

  @Field(() => [ProposedStatement], { description: "The statements reported, in text order." })
  statements!: ProposedStatement[];

  @Field(() => [ProposedDenial], { description: "The denials reported, in text order." })
  denials!: ProposedDenial[];

  @Field(() => [ProposedEvent], { description: "The events named." })
  events!: ProposedEvent[];

  @Field(() => JSONObjectResolver, {
    description:
      "All of it as an import document (text inline; each record's rule and confidence in its note), ready for `importSource` once reviewed.",
  })
  document!: Record<string, unknown>;
}
