import type {
  ActorKindValue,
  ActorType,
  EventTypeValue,
  PartialDateData,
  QuoteTypeValue,
  RecordedEventStatus,
  SpeechActValue,
} from "@claimline/store";

/** A stretch of the source: `text.slice(start, end) === exact`, always. */
export interface Span {
  start: number;
  end: number;
  exact: string;
}

/** Every proposal says how sure the rule that made it is (0–1) and which rule that was. */
export interface Provenance {
  confidence: number;
  rule: string;
}

/** An actor already known to Claimline, to match mentions against (by name and aliases). */
export interface KnownActor {
  id: string;
  type: ActorType;
  kind: ActorKindValue;
  name: string;
  aliases: string[];
}

export interface ProposedActor extends Provenance {
  id: string;
  type: ActorType;
  kind: ActorKindValue;
  name: string;
  aliases: string[];
  /** True when no known actor matched: an editor should check it before import. */
  isNew: boolean;
  mentions: Span[];
}

export interface ProposedStatement extends Provenance {
  id: string;
  speakerId: string;
  cue: string;
  cueSpan: Span;
  speechAct: SpeechActValue;
  hedge: string | null;
  quoteType: QuoteTypeValue;
  /** What was said: the quotation's words, or the reported clause. */
  contentSpan: Span;
  /** The whole attribution: speaker, cue and content. */
  span: Span;
  /** Who passed the words on, when not the speaker ("media reports", "reporters"): second-hand attribution. */
  reportedVia: string | null;
}

export interface ProposedDenial extends Provenance {
  id: string;
  denierId: string;
  cue: string;
  cueSpan: Span;
  quoteType: QuoteTypeValue;
  contentSpan: Span;
  span: Span;
  /** The statement or event denied, when the article names it; null when the rule could not tell. */
  target: { type: "Statement" | "Event"; id: string } | null;
}

export interface ProposedEvent extends Provenance {
  id: string;
  title: string;
  type: EventTypeValue;
  status: RecordedEventStatus;
  start: PartialDateData | null;
  mentions: Span[];
  participantIds: string[];
}

/** Where the article comes from, as `npm run ingest` and `proposeFromText` take it. */
export interface SourceInfo {
  id?: string;
  title?: string;
  publisher?: string;
  url?: string;
  /** YYYY-MM-DD: relative dates ("on Friday") are resolved against it; without it they stay unresolved. */
  published?: string;
}

export interface Proposal {
  text: string;
  actors: ProposedActor[];
  statements: ProposedStatement[];
  denials: ProposedDenial[];
  events: ProposedEvent[];
}
