export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** Conditions on actors; all given conditions must hold. */
export type ActorFilter = {
  /** Of any of these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Name or alias contains this, case-insensitively. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of actor: a person, or an organisation by sort. */
export const ActorKind = {
  /** An unnamed group the source speaks of as one, e.g. "traditional media outlets", "critics". */
  Collective: 'COLLECTIVE',
  /** A government or its office, e.g. the Kremlin. */
  Government: 'GOVERNMENT',
  /** A news organisation, e.g. the New York Post. */
  Media: 'MEDIA',
  /** Any other organisation. */
  Other: 'OTHER',
  /** A named individual. */
  Person: 'PERSON'
} as const;

export type ActorKind = typeof ActorKind[keyof typeof ActorKind];
/** An actor's denial of a stored statement or event, as a stored source reports it. */
export type CreateDenialInput = {
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** What the denial says. */
  content: Scalars['String']['input'];
  /** The reporting verb, e.g. "denied". */
  cue?: InputMaybe<Scalars['String']['input']>;
  /** Who denies it (a Person or Organization id). */
  denierId: Scalars['ID']['input'];
  /** The spans that report the denial; at least one. */
  evidence: Array<EvidenceInput>;
  /** Your own id (Denial:…): a retry with the same id and content is idempotent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Editorial note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The verbatim words of the denial. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** When it was denied. */
  statedAt?: InputMaybe<PartialDateInput>;
  /** What is denied: a Statement or an Event id. */
  targetId: Scalars['ID']['input'];
};

/** Something that happened, is happening, or is proposed or claimed, as a stored source reports it. */
export type CreateEventInput = {
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** What the sources say it was. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ended. */
  end?: InputMaybe<PartialDateInput>;
  /** The spans that speak of it; at least one. */
  evidence: Array<EvidenceInput>;
  /** Your own id (Event:…): a retry with the same id and content is idempotent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Where, in the source's words. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Editorial note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The larger event it is part of. */
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  /** Who took part, and how. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** When it began (or begins). */
  start?: InputMaybe<PartialDateInput>;
  /** As the source reports it (DISPUTED is derived from denials, never recorded). */
  status: EventStatus;
  /** A short title. */
  title: Scalars['String']['input'];
  /** What sort of event. */
  type: EventType;
};

/** A government, a news organisation or a collective named in a stored source. */
export type CreateOrganizationInput = {
  /** Other names the source uses. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** A short neutral description grounded in the sources. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where the sources name it; at least one span. */
  evidence: Array<EvidenceInput>;
  /** Your own id for the new record (e.g. "Person:ana-rivera"): a retry with the same id and content returns the stored record instead of a duplicate. Made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** GOVERNMENT, MEDIA, COLLECTIVE or OTHER (PERSON is for people). */
  kind: ActorKind;
  /** The name the source uses most fully. */
  name: Scalars['String']['input'];
};

/** A person named in a stored source. */
export type CreatePersonInput = {
  /** Other names the source uses, e.g. "Trump". */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country code, e.g. "US". */
  country?: InputMaybe<Scalars['String']['input']>;
  /** A short neutral description grounded in the sources. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where the sources name this person; at least one span. */
  evidence: Array<EvidenceInput>;
  /** Your own id for the new record (e.g. "Person:ana-rivera"): a retry with the same id and content returns the stored record instead of a duplicate. Made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The name the source uses most fully. */
  name: Scalars['String']['input'];
  /** Positions held, as the sources give them. */
  roles?: InputMaybe<Array<RoleInput>>;
};

/** A document to draw records from. Its text never changes once stored. */
export type CreateSourceInput = {
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Your own id, e.g. "Source:harbour-gazette-2025-03-02": a retry with the same id and text is idempotent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Editorial note about the source itself. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it was published. */
  publishedAt?: InputMaybe<PartialDateInput>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The full text; evidence offsets index into it. */
  text: Scalars['String']['input'];
  /** Title as published. */
  title: Scalars['String']['input'];
  /** Where it was published (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Something an actor said, as a stored source reports it. */
export type CreateStatementInput = {
  /** The actors it is about. */
  aboutIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** What was said, in the source's words or a faithful paraphrase. */
  content: Scalars['String']['input'];
  /** The reporting verb as written, e.g. "admitted". */
  cue?: InputMaybe<Scalars['String']['input']>;
  /** The spans that report it; at least one. */
  evidence: Array<EvidenceInput>;
  /** The hedging word as written, e.g. "reportedly". */
  hedge?: InputMaybe<Scalars['String']['input']>;
  /** Your own id (Statement:…): a retry with the same id and content is idempotent. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Editorial note on how it was read from the source. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The event it was said at (an Event id). */
  occasionId?: InputMaybe<Scalars['ID']['input']>;
  /** The verbatim words, when quoted. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Whether the source quotes, paraphrases, or mixes both. */
  quoteType: QuoteType;
  /** Who said it (a Person or Organization id). */
  speakerId: Scalars['ID']['input'];
  /** What the speaker does in saying it. */
  speechAct: SpeechAct;
  /** When it was said. */
  statedAt?: InputMaybe<PartialDateInput>;
  /** Short topic tags. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How precisely a date is known. */
export const DatePrecision = {
  Day: 'DAY',
  Decade: 'DECADE',
  Month: 'MONTH',
  Year: 'YEAR'
} as const;

export type DatePrecision = typeof DatePrecision[keyof typeof DatePrecision];
/** Inclusive range of days. Partial dates match by overlap: "2022" and "February 2022" both overlap 2022-02-10..2022-02-20. */
export type DateRange = {
  /** First day (inclusive); open when null. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Last day (inclusive); open when null. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Conditions on denials; all given conditions must hold. */
export type DenialFilter = {
  /** Made by any of these actors. */
  denierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Made at a time overlapping this range. */
  statedIn?: InputMaybe<DateRange>;
  /** Denying any of these statements or events. */
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Every word of this (stemmed, common words ignored) in the denial's content, quote or cue, or its denier's names. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Marks a statement DEPRECATED: hidden from default lists and search, never deleted. */
export type DeprecateStatementInput = {
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The statement. */
  id: Scalars['ID']['input'];
  /** Why, e.g. "duplicate of Statement:…" or "misread: the source attributes it to …". */
  reason: Scalars['String']['input'];
};

/** Conditions on events; all given conditions must hold. */
export type EventFilter = {
  /** Overlapping this range (from start to end). */
  during?: InputMaybe<DateRange>;
  /** With any of these actors taking part. */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** With any of these statuses (DISPUTED means denied). */
  statuses?: InputMaybe<Array<EventStatus>>;
  /** Every word of this (stemmed, common words ignored) in the title, description or location. At most 500 characters and 32 words. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Of any of these types. */
  types?: InputMaybe<Array<EventType>>;
};

/** Whether it happened, is happening, is only proposed, or is only claimed. An event anyone denies reads DISPUTED. */
export const EventStatus = {
  /** Called off. */
  Cancelled: 'CANCELLED',
  /** Said to have happened by someone, not established. */
  Claimed: 'CLAIMED',
  /** Denied by someone (derived from denials). */
  Disputed: 'DISPUTED',
  /** Took place. */
  Occurred: 'OCCURRED',
  /** Began and has not ended. */
  Ongoing: 'ONGOING',
  /** Suggested, not arranged. */
  Proposed: 'PROPOSED',
  /** Arranged for a date. */
  Scheduled: 'SCHEDULED'
} as const;

export type EventStatus = typeof EventStatus[keyof typeof EventStatus];
/** What sort of event. */
export const EventType = {
  Call: 'CALL',
  Interview: 'INTERVIEW',
  Invasion: 'INVASION',
  Meeting: 'MEETING',
  Other: 'OTHER',
  Revolution: 'REVOLUTION',
  Summit: 'SUMMIT',
  War: 'WAR'
} as const;

export type EventType = typeof EventType[keyof typeof EventType];
/** The exact span of a stored source a record rests on. `exact` must equal the source's text from `start` to `end` (SPAN_MISMATCH otherwise). */
export type EvidenceInput = {
  /** End offset in UTF-16 code units (exclusive). */
  end: Scalars['Int']['input'];
  /** The exact words of the span. */
  exact: Scalars['String']['input'];
  /** The source, e.g. "Source:trump-admits-talking-to-putin". */
  sourceId: Scalars['ID']['input'];
  /** Start offset in UTF-16 code units (inclusive). */
  start: Scalars['Int']['input'];
};

/** A whole annotated source, stored in one transaction: all of it or none of it. */
export type ImportSourceInput = {
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The import document: the format of the seed's article.json with the text inline (`text`), as docs/document.schema.json publishes it. Ids inside are slugs. */
  document: Scalars['JSONObject']['input'];
};

/** A date as precisely as the source gives it; see PartialDate. */
export type PartialDateInput = {
  /** True when the source gives the date as approximate (default false). */
  circa?: InputMaybe<Scalars['Boolean']['input']>;
  /** Earliest day it can be (inclusive). */
  earliest?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Latest day it can be (inclusive). */
  latest?: InputMaybe<Scalars['LocalDate']['input']>;
  /** How the date was resolved, especially from outside the source. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Precision of `value`; given with it or not at all. */
  precision?: InputMaybe<DatePrecision>;
  /** The date in the source's own words, e.g. "on Friday". */
  text?: InputMaybe<Scalars['String']['input']>;
  /** ISO 8601 prefix: "2022-02-24", "2022-02", "2022" or a decade "202". */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** An actor taking part in an event. */
export type ParticipantInput = {
  /** Who takes part, e.g. "Person:donald-trump". */
  actorId: Scalars['ID']['input'];
  /** The part played, e.g. "interviewee". */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Where a text proposed from comes from: what the import document's source will say. */
export type ProposalSourceInput = {
  /** A slug for the source; taken from the title when left out. */
  id?: InputMaybe<Scalars['String']['input']>;
  /** Publication day (YYYY-MM-DD): relative dates such as "on Friday" are resolved against it; without it they stay unresolved. */
  published?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Title as published; the text's first line when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How the source reports the words. */
export const QuoteType = {
  /** Verbatim, in quotation marks. */
  Direct: 'DIRECT',
  /** Reported speech, paraphrased. */
  Indirect: 'INDIRECT',
  /** Paraphrase with a verbatim fragment. */
  Mixed: 'MIXED'
} as const;

export type QuoteType = typeof QuoteType[keyof typeof QuoteType];
/** Nothing is hard-deleted: a wrong or superseded record is DEPRECATED with a reason. */
export const Rank = {
  Deprecated: 'DEPRECATED',
  Normal: 'NORMAL'
} as const;

export type Rank = typeof Rank[keyof typeof Rank];
/** A position a person holds or held, in the source's wording. */
export type RoleInput = {
  /** When the role began. */
  from?: InputMaybe<PartialDateInput>;
  /** The organisation or state the role belongs to. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** The title as written, e.g. "Russian President". */
  title: Scalars['String']['input'];
  /** When the role ended. */
  to?: InputMaybe<PartialDateInput>;
};

/** What the speaker does in saying it. Denials are their own type. */
export const SpeechAct = {
  Admission: 'ADMISSION',
  Argument: 'ARGUMENT',
  Claim: 'CLAIM',
  Concern: 'CONCERN',
  Criticism: 'CRITICISM',
  Intent: 'INTENT',
  Other: 'OTHER',
  Promise: 'PROMISE',
  Suggestion: 'SUGGESTION'
} as const;

export type SpeechAct = typeof SpeechAct[keyof typeof SpeechAct];
/** Conditions on statements; all given conditions must hold. */
export type StatementFilter = {
  /** About any of these actors. */
  aboutIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only denied (true) or only undenied (false) statements. */
  disputed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Said at this event (its occasion). */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Include DEPRECATED statements (default false). */
  includeDeprecated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Of any of these quote types. */
  quoteTypes?: InputMaybe<Array<QuoteType>>;
  /** Said by any of these actors. */
  speakerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Said by an actor whose name or alias contains this, case-insensitively. */
  speakerName?: InputMaybe<Scalars['String']['input']>;
  /** Of any of these speech acts. */
  speechActs?: InputMaybe<Array<SpeechAct>>;
  /** Said at a time overlapping this range. */
  statedIn?: InputMaybe<DateRange>;
  /** Every word of this (stemmed, common words ignored) in the statement's content, quote or cue, or in the names and aliases of its speaker and of the actors it is about. At most 500 characters and 32 words. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Order of a statement list. RELEVANCE needs `filter.text`; without it the order is NEWEST_FIRST. */
export const StatementOrder = {
  NewestFirst: 'NEWEST_FIRST',
  OldestFirst: 'OLDEST_FIRST',
  Relevance: 'RELEVANCE'
} as const;

export type StatementOrder = typeof StatementOrder[keyof typeof StatementOrder];
/** Derived from denials: DISPUTED as soon as anyone denies the statement. */
export const StatementStatus = {
  Disputed: 'DISPUTED',
  Uncontested: 'UNCONTESTED'
} as const;

export type StatementStatus = typeof StatementStatus[keyof typeof StatementStatus];
/** The fields to change; fields left out keep their value, null clears one. Evidence never changes. */
export type UpdateDenialInput = {
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** What the denial says. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The reporting verb. */
  cue?: InputMaybe<Scalars['String']['input']>;
  /** Who denies it. */
  denierId?: InputMaybe<Scalars['ID']['input']>;
  /** The denial to change. */
  id: Scalars['ID']['input'];
  /** Editorial note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The verbatim words. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** When it was denied. */
  statedAt?: InputMaybe<PartialDateInput>;
  /** What is denied: a Statement or an Event id. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

/** The fields to change; fields left out keep their value, null clears one. Evidence never changes. */
export type UpdateEventInput = {
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** What the sources say it was. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ended. */
  end?: InputMaybe<PartialDateInput>;
  /** The event to change. */
  id: Scalars['ID']['input'];
  /** Where. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Editorial note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The larger event it is part of. */
  partOfId?: InputMaybe<Scalars['ID']['input']>;
  /** Who took part (replaces the list). */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** When it began. */
  start?: InputMaybe<PartialDateInput>;
  /** As the source reports it. */
  status?: InputMaybe<EventStatus>;
  /** A short title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** What sort of event. */
  type?: InputMaybe<EventType>;
};

/** The fields to change; fields left out keep their value, null clears one. */
export type UpdateOrganizationInput = {
  /** Other names the sources use (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** A short neutral description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The organisation to change. */
  id: Scalars['ID']['input'];
  /** GOVERNMENT, MEDIA, COLLECTIVE or OTHER. */
  kind?: InputMaybe<ActorKind>;
  /** The name the source uses most fully. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The fields to change; fields left out keep their value, null clears one. */
export type UpdatePersonInput = {
  /** Other names the sources use. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** A short neutral description grounded in the sources. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The person to change. */
  id: Scalars['ID']['input'];
  /** The name the source uses most fully. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Positions held, as the sources give them (replaces the list). */
  roles?: InputMaybe<Array<RoleInput>>;
};

/** A source's details; its text cannot change. */
export type UpdateSourceInput = {
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** The source to change. */
  id: Scalars['ID']['input'];
  /** Editorial note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it was published. */
  publishedAt?: InputMaybe<PartialDateInput>;
  /** Who published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Title as published. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The fields to change; fields left out keep their value, null clears one. Evidence never changes. */
export type UpdateStatementInput = {
  /** The actors it is about (replaces the list). */
  aboutIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Any string: returned as is in the payload, so a client can match answers to requests. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** What was said. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The reporting verb. */
  cue?: InputMaybe<Scalars['String']['input']>;
  /** The hedging word. */
  hedge?: InputMaybe<Scalars['String']['input']>;
  /** The statement to change. */
  id: Scalars['ID']['input'];
  /** Editorial note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The event it was said at. */
  occasionId?: InputMaybe<Scalars['ID']['input']>;
  /** The verbatim words. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Quote type. */
  quoteType?: InputMaybe<QuoteType>;
  /** Who said it. */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Speech act. */
  speechAct?: InputMaybe<SpeechAct>;
  /** When it was said. */
  statedAt?: InputMaybe<PartialDateInput>;
  /** Topic tags (replaces the list). */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};
