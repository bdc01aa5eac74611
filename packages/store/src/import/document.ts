/** The shape of an annotated source, as the seed file and `importSource` give it. Ids are slugs. */

export interface PartialDateData {
  value: string | null;
  precision: "DAY" | "MONTH" | "YEAR" | "DECADE" | null;
  earliest: string | null;
  latest: string | null;
  text: string | null;
  circa: boolean;
  note: string | null;
}

export interface SpanData {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface RoleData {
  title: string;
  organization: string | null;
  from: PartialDateData | null;
  to: PartialDateData | null;
}

export interface ActorData {
  id: string;
  type: "Person" | "Organization";
  kind: string;
  name: string;
  aliases: string[];
  description: string | null;
  country: string | null;
  roles: RoleData[];
  evidence: SpanData[];
}

export interface EventData {
  id: string;
  title: string;
  type: string;
  status: string;
  start: PartialDateData | null;
  end: PartialDateData | null;
  location: string | null;
  partOfId: string | null;
  description: string | null;
  participants: { actorId: string; role: string | null }[];
  evidence: SpanData[];
  note: string | null;
}

export interface StatementData {
  id: string;
  speakerId: string;
  content: string;
  quote: string | null;
  quoteType: string;
  speechAct: string;
  cue: string | null;
  hedge: string | null;
  statedAt: PartialDateData | null;
  occasionId: string | null;
  aboutIds: string[];
  topics: string[];
  evidence: SpanData[];
  note: string | null;
}

export interface DenialData {
  id: string;
  denierId: string;
  targetType: "Statement" | "Event";
  targetId: string;
  content: string;
  quote: string | null;
  cue: string | null;
  statedAt: PartialDateData | null;
  evidence: SpanData[];
  note: string | null;
}

export interface SourceData {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: PartialDateData | null;
  note: string | null;
}

export interface SourceDocument {
  source: SourceData;
  /** The full text; every span indexes into it. */
  text: string;
  actors: ActorData[];
  events: EventData[];
  statements: StatementData[];
  denials: DenialData[];
}
