/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
/** What sort of actor: a person, or an organisation by sort. */
export type ActorKind =
  /** An unnamed group the source speaks of as one, e.g. "traditional media outlets", "critics". */
  | "COLLECTIVE"
  /** A government or its office, e.g. the Kremlin. */
  | "GOVERNMENT"
  /** A news organisation, e.g. the New York Post. */
  | "MEDIA"
  /** Any other organisation. */
  | "OTHER"
  /** A named individual. */
  | "PERSON";

/** How precisely a date is known. */
export type DatePrecision = "DAY" | "DECADE" | "MONTH" | "YEAR";

/** Inclusive range of days. Partial dates match by overlap: "2022" and "February 2022" both overlap 2022-02-10..2022-02-20. */
export type DateRange = {
  /** First day (inclusive); open when null. */
  from?: string | null | undefined;
  /** Last day (inclusive); open when null. */
  to?: string | null | undefined;
};

/** Conditions on events; all given conditions must hold. */
export type EventFilter = {
  /** Overlapping this range (from start to end). */
  during?: DateRange | null | undefined;
  /** With any of these actors taking part. */
  participantIds?: Array<string | number> | null | undefined;
  /** With any of these statuses (DISPUTED means denied). */
  statuses?: Array<EventStatus> | null | undefined;
  /** Every word of this (stemmed, common words ignored) in the title, description or location. At most 500 characters and 32 words. */
  text?: string | null | undefined;
  /** Of any of these types. */
  types?: Array<EventType> | null | undefined;
};

/** Whether it happened, is happening, is only proposed, or is only claimed. An event anyone denies reads DISPUTED. */
export type EventStatus =
  /** Called off. */
  | "CANCELLED"
  /** Said to have happened by someone, not established. */
  | "CLAIMED"
  /** Denied by someone (derived from denials). */
  | "DISPUTED"
  /** Took place. */
  | "OCCURRED"
  /** Began and has not ended. */
  | "ONGOING"
  /** Suggested, not arranged. */
  | "PROPOSED"
  /** Arranged for a date. */
  | "SCHEDULED";

/** What sort of event. */
export type EventType = "CALL" | "INTERVIEW" | "INVASION" | "MEETING" | "OTHER" | "REVOLUTION" | "SUMMIT" | "WAR";

/** How the source reports the words. */
export type QuoteType =
  /** Verbatim, in quotation marks. */
  | "DIRECT"
  /** Reported speech, paraphrased. */
  | "INDIRECT"
  /** Paraphrase with a verbatim fragment. */
  | "MIXED";

/** Nothing is hard-deleted: a wrong or superseded record is DEPRECATED with a reason. */
export type Rank = "DEPRECATED" | "NORMAL";

/** What the speaker does in saying it. Denials are their own type. */
export type SpeechAct = "ADMISSION" | "ARGUMENT" | "CLAIM" | "CONCERN" | "CRITICISM" | "INTENT" | "OTHER" | "PROMISE" | "SUGGESTION";

/** Conditions on statements; all given conditions must hold. */
export type StatementFilter = {
  /** About any of these actors. */
  aboutIds?: Array<string | number> | null | undefined;
  /** Only denied (true) or only undenied (false) statements. */
  disputed?: boolean | null | undefined;
  /** Said at this event (its occasion). */
  eventId?: string | number | null | undefined;
  /** Include DEPRECATED statements (default false). */
  includeDeprecated?: boolean | null | undefined;
  /** Of any of these quote types. */
  quoteTypes?: Array<QuoteType> | null | undefined;
  /** Said by any of these actors. */
  speakerIds?: Array<string | number> | null | undefined;
  /** Said by an actor whose name or alias contains this, case-insensitively. */
  speakerName?: string | null | undefined;
  /** Of any of these speech acts. */
  speechActs?: Array<SpeechAct> | null | undefined;
  /** Said at a time overlapping this range. */
  statedIn?: DateRange | null | undefined;
  /** Every word of this (stemmed, common words ignored) in the statement's content, quote or cue, or in the names and aliases of its speaker and of the actors it is about. At most 500 characters and 32 words. */
  text?: string | null | undefined;
};

/** Derived from denials: DISPUTED as soon as anyone denies the statement. */
export type StatementStatus = "DISPUTED" | "UNCONTESTED";

export type EvidenceQuoteFragment = {
  start: number;
  end: number;
  exact: string;
  source: {
    id: string;
    title: string;
    publisher: string | null;
    url: string | null;
    publishedAt: { value: string | null; text: string | null } | null;
  };
} & { " $fragmentName"?: "EvidenceQuoteFragment" };

export type PartialDateTextFragment = {
  text: string | null;
  value: string | null;
  precision: DatePrecision | null;
  circa: boolean;
  earliest: string | null;
  latest: string | null;
  note: string | null;
} & { " $fragmentName"?: "PartialDateTextFragment" };

export type EventPageQueryVariables = Exact<{
  id: string | number;
}>;

export type EventPageQuery = { event: ({ id: string } & { " $fragmentRefs"?: { EventDetailsFragment: EventDetailsFragment } }) | null };

export type EventDetailsFragment = {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  description: string | null;
  location: string | null;
  note: string | null;
  start: { " $fragmentRefs"?: { PartialDateTextFragment: PartialDateTextFragment } } | null;
  end: { " $fragmentRefs"?: { PartialDateTextFragment: PartialDateTextFragment } } | null;
  partOf: { id: string; title: string } | null;
  participants: Array<{ role: string | null; actor: { id: string; name: string } | { id: string; name: string } }>;
  evidence: Array<{ " $fragmentRefs"?: { EvidenceQuoteFragment: EvidenceQuoteFragment } }>;
  statements: {
    totalCount: number;
    nodes: Array<{ id: string } & { " $fragmentRefs"?: { StatementCardFragment: StatementCardFragment } }>;
  };
  denials: { totalCount: number; nodes: Array<{ id: string } & { " $fragmentRefs"?: { DenialItemFragment: DenialItemFragment } }> };
} & { " $fragmentName"?: "EventDetailsFragment" };

export type EventsIndexQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
}>;

export type EventsIndexQuery = {
  events: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      type: EventType;
      status: EventStatus;
      location: string | null;
      start:
        | ({ value: string | null; earliest: string | null } & { " $fragmentRefs"?: { PartialDateTextFragment: PartialDateTextFragment } })
        | null;
    }>;
  };
};

export type DenialPageQueryVariables = Exact<{
  id: string | number;
}>;

export type DenialPageQuery = {
  denial:
    | ({
        id: string;
        createdAt: string;
        updatedAt: string;
        denier: { id: string; name: string } | { id: string; name: string };
        target:
          | { __typename: "Event"; id: string; title: string; eventStatus: EventStatus }
          | ({ __typename: "Statement"; id: string } & { " $fragmentRefs"?: { StatementCardFragment: StatementCardFragment } });
        evidence: Array<{ " $fragmentRefs"?: { EvidenceInContextFragment: EvidenceInContextFragment } }>;
      } & { " $fragmentRefs"?: { DenialItemFragment: DenialItemFragment } })
    | null;
};

export type EvidenceInContextFragment = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  source: {
    id: string;
    title: string;
    publisher: string | null;
    url: string | null;
    publishedAt: { " $fragmentRefs"?: { PartialDateTextFragment: PartialDateTextFragment } } | null;
  };
} & { " $fragmentName"?: "EvidenceInContextFragment" };

export type StatementPageQueryVariables = Exact<{
  id: string | number;
}>;

export type StatementPageQuery = {
  statement:
    | ({
        id: string;
        speechAct: SpeechAct;
        quoteType: QuoteType;
        rank: Rank;
        rankReason: string | null;
        topics: Array<string>;
        createdAt: string;
        updatedAt: string;
        speaker: { id: string; name: string } | { id: string; name: string };
        evidence: Array<{ " $fragmentRefs"?: { EvidenceInContextFragment: EvidenceInContextFragment } }>;
      } & { " $fragmentRefs"?: { StatementCardFragment: StatementCardFragment } })
    | null;
};

export type SearchQueryVariables = Exact<{
  text: string;
  first: number;
}>;

export type SearchQuery = { search: Array<{ " $fragmentRefs"?: { SearchHitItemFragment: SearchHitItemFragment } }> };

export type SearchHitItemFragment = {
  score: number;
  snippet: string;
  node:
    | { __typename: "Denial"; id: string; content: string; denier: { id: string; name: string } | { id: string; name: string } }
    | { __typename: "Event"; id: string; title: string; status: EventStatus }
    | { __typename: "Organization"; id: string; name: string }
    | { __typename: "Person"; id: string; name: string }
    | { __typename: "Statement"; id: string; content: string; speaker: { id: string; name: string } | { id: string; name: string } };
} & { " $fragmentName"?: "SearchHitItemFragment" };

export type SourcePageQueryVariables = Exact<{
  id: string | number;
}>;

export type SourcePageQuery = {
  node:
    | { __typename: "Denial"; id: string }
    | { __typename: "Event"; id: string }
    | { __typename: "Organization"; id: string }
    | { __typename: "Person"; id: string }
    | ({ __typename: "Source"; id: string } & { " $fragmentRefs"?: { SourceTextFragment: SourceTextFragment } })
    | { __typename: "Statement"; id: string }
    | null;
};

export type SourceTextFragment = {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  note: string | null;
  contentHash: string;
  text: string;
  publishedAt: { " $fragmentRefs"?: { PartialDateTextFragment: PartialDateTextFragment } } | null;
} & { " $fragmentName"?: "SourceTextFragment" };

export type SourcesIndexQueryVariables = Exact<{ [key: string]: never }>;

export type SourcesIndexQuery = {
  sources: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      publisher: string | null;
      url: string | null;
      publishedAt: { " $fragmentRefs"?: { PartialDateTextFragment: PartialDateTextFragment } } | null;
    }>;
  };
};

type SpeakerItem_Organization_Fragment = {
  id: string;
  name: string;
  kind: ActorKind;
  statements: { totalCount: number };
  denials: { totalCount: number };
} & { " $fragmentName"?: "SpeakerItem_Organization_Fragment" };

type SpeakerItem_Person_Fragment = {
  id: string;
  name: string;
  kind: ActorKind;
  statements: { totalCount: number };
  denials: { totalCount: number };
} & { " $fragmentName"?: "SpeakerItem_Person_Fragment" };

export type SpeakerItemFragment = SpeakerItem_Organization_Fragment | SpeakerItem_Person_Fragment;

export type SpeakerListQueryVariables = Exact<{ [key: string]: never }>;

export type SpeakerListQuery = {
  actors: {
    totalCount: number;
    nodes: Array<
      | ({ id: string; kind: ActorKind } & { " $fragmentRefs"?: { SpeakerItem_Organization_Fragment: SpeakerItem_Organization_Fragment } })
      | ({ id: string; kind: ActorKind } & { " $fragmentRefs"?: { SpeakerItem_Person_Fragment: SpeakerItem_Person_Fragment } })
    >;
  };
};

type SpeakerAbout_Organization_Fragment = {
  id: string;
  aboutSample: {
    totalCount: number;
    nodes: Array<{ id: string; about: Array<{ id: string; name: string } | { id: string; name: string }> }>;
  };
} & { " $fragmentName"?: "SpeakerAbout_Organization_Fragment" };

type SpeakerAbout_Person_Fragment = {
  id: string;
  aboutSample: {
    totalCount: number;
    nodes: Array<{ id: string; about: Array<{ id: string; name: string } | { id: string; name: string }> }>;
  };
} & { " $fragmentName"?: "SpeakerAbout_Person_Fragment" };

export type SpeakerAboutFragment = SpeakerAbout_Organization_Fragment | SpeakerAbout_Person_Fragment;

export type AboutSuggestionsQueryVariables = Exact<{
  text: string;
}>;

export type AboutSuggestionsQuery = {
  actors: { nodes: Array<{ id: string; name: string; kind: ActorKind } | { id: string; name: string; kind: ActorKind }> };
};

export type AboutNamesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type AboutNamesQuery = {
  nodes: Array<
    | { __typename: "Denial"; id: string }
    | { __typename: "Event"; id: string }
    | { __typename: "Organization"; name: string; id: string }
    | { __typename: "Person"; name: string; id: string }
    | { __typename: "Source"; id: string }
    | { __typename: "Statement"; id: string }
    | null
  >;
};

export type DenialItemFragment = {
  id: string;
  content: string;
  quote: string | null;
  cue: string | null;
  note: string | null;
  denier: { id: string; name: string } | { id: string; name: string };
  statedAt: { " $fragmentRefs"?: { PartialDateTextFragment: PartialDateTextFragment } } | null;
  evidence: Array<{ " $fragmentRefs"?: { EvidenceQuoteFragment: EvidenceQuoteFragment } }>;
} & { " $fragmentName"?: "DenialItemFragment" };

type SpeakerDenials_Organization_Fragment = {
  name: string;
  denials: {
    totalCount: number;
    nodes: Array<
      {
        id: string;
        target:
          | { __typename: "Event"; id: string; title: string }
          | { __typename: "Statement"; id: string; content: string; speaker: { id: string; name: string } | { id: string; name: string } };
      } & { " $fragmentRefs"?: { DenialItemFragment: DenialItemFragment } }
    >;
  };
} & { " $fragmentName"?: "SpeakerDenials_Organization_Fragment" };

type SpeakerDenials_Person_Fragment = {
  name: string;
  denials: {
    totalCount: number;
    nodes: Array<
      {
        id: string;
        target:
          | { __typename: "Event"; id: string; title: string }
          | { __typename: "Statement"; id: string; content: string; speaker: { id: string; name: string } | { id: string; name: string } };
      } & { " $fragmentRefs"?: { DenialItemFragment: DenialItemFragment } }
    >;
  };
} & { " $fragmentName"?: "SpeakerDenials_Person_Fragment" };

export type SpeakerDenialsFragment = SpeakerDenials_Organization_Fragment | SpeakerDenials_Person_Fragment;

type SpeakerHeader_Organization_Fragment = {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Array<string>;
  description: string | null;
} & { " $fragmentName"?: "SpeakerHeader_Organization_Fragment" };

type SpeakerHeader_Person_Fragment = { id: string; name: string; kind: ActorKind; aliases: Array<string>; description: string | null } & {
  " $fragmentName"?: "SpeakerHeader_Person_Fragment";
};

export type SpeakerHeaderFragment = SpeakerHeader_Organization_Fragment | SpeakerHeader_Person_Fragment;

export type SpeakerStatementsQueryVariables = Exact<{
  speaker: string | number;
  filter: StatementFilter;
  first: number;
  after?: string | null | undefined;
}>;

export type SpeakerStatementsQuery = {
  actor:
    | ({ id: string } & {
        " $fragmentRefs"?: {
          SpeakerHeader_Organization_Fragment: SpeakerHeader_Organization_Fragment;
          SpeakerDenials_Organization_Fragment: SpeakerDenials_Organization_Fragment;
          SpeakerAbout_Organization_Fragment: SpeakerAbout_Organization_Fragment;
        };
      })
    | ({ id: string } & {
        " $fragmentRefs"?: {
          SpeakerHeader_Person_Fragment: SpeakerHeader_Person_Fragment;
          SpeakerDenials_Person_Fragment: SpeakerDenials_Person_Fragment;
          SpeakerAbout_Person_Fragment: SpeakerAbout_Person_Fragment;
        };
      })
    | null;
  statements: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string } & { " $fragmentRefs"?: { StatementCardFragment: StatementCardFragment } } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type StatementCardFragment = {
  id: string;
  content: string;
  quote: string | null;
  quoteType: QuoteType;
  cue: string | null;
  hedge: string | null;
  hedged: boolean;
  note: string | null;
  speechAct: SpeechAct;
  status: StatementStatus;
  speaker: { id: string; name: string } | { id: string; name: string };
  statedAt: { " $fragmentRefs"?: { PartialDateTextFragment: PartialDateTextFragment } } | null;
  occasion: { id: string; title: string } | null;
  about: Array<{ id: string; name: string } | { id: string; name: string }>;
  evidence: Array<{ " $fragmentRefs"?: { EvidenceQuoteFragment: EvidenceQuoteFragment } }>;
  denials: Array<{ id: string } & { " $fragmentRefs"?: { DenialItemFragment: DenialItemFragment } }>;
} & { " $fragmentName"?: "StatementCardFragment" };

export type TimelineQueryVariables = Exact<{
  events?: EventFilter | null | undefined;
  statements?: StatementFilter | null | undefined;
}>;

export type TimelineQuery = {
  actors: { nodes: Array<{ id: string; name: string } | { id: string; name: string }> };
  events: {
    totalCount: number;
    nodes: Array<{
      id: string;
      title: string;
      status: EventStatus;
      start: {
        value: string | null;
        precision: DatePrecision | null;
        earliest: string | null;
        latest: string | null;
        text: string | null;
      } | null;
      end: {
        value: string | null;
        precision: DatePrecision | null;
        earliest: string | null;
        latest: string | null;
        text: string | null;
      } | null;
    }>;
  };
  statements: {
    totalCount: number;
    nodes: Array<{
      id: string;
      content: string;
      speaker: { name: string } | { name: string };
      statedAt: {
        value: string | null;
        precision: DatePrecision | null;
        earliest: string | null;
        latest: string | null;
        text: string | null;
      } | null;
    }>;
  };
};

export const PartialDateTextFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartialDateTextFragment, unknown>;
export const EvidenceQuoteFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceQuote" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "text" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvidenceQuoteFragment, unknown>;
export const DenialItemFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DenialItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denier" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceQuote" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "text" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DenialItemFragment, unknown>;
export const StatementCardFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "StatementCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "quoteType" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "hedge" } },
          { kind: "Field", name: { kind: "Name", value: "hedged" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "speechAct" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "speaker" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "occasion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "about" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceQuote" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "text" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DenialItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denier" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatementCardFragment, unknown>;
export const EventDetailsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EventDetails" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Event" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "location" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "start" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "end" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "partOf" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "participants" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "role" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actor" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "StatementCard" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceQuote" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "text" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DenialItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denier" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "StatementCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "quoteType" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "hedge" } },
          { kind: "Field", name: { kind: "Name", value: "hedged" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "speechAct" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "speaker" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "occasion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "about" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventDetailsFragment, unknown>;
export const EvidenceInContextFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceInContext" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          { kind: "Field", name: { kind: "Name", value: "prefix" } },
          { kind: "Field", name: { kind: "Name", value: "suffix" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EvidenceInContextFragment, unknown>;
export const SearchHitItemFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SearchHitItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SearchHit" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "score" } },
          { kind: "Field", name: { kind: "Name", value: "snippet" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "node" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organization" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "content" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "speaker" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "content" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "denier" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Event" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchHitItemFragment, unknown>;
export const SourceTextFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SourceText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Source" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "publisher" } },
          { kind: "Field", name: { kind: "Name", value: "url" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "contentHash" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "publishedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "text" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SourceTextFragment, unknown>;
export const SpeakerItemFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpeakerItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Actor" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }] },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpeakerItemFragment, unknown>;
export const SpeakerAboutFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpeakerAbout" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Actor" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            alias: { kind: "Name", value: "aboutSample" },
            name: { kind: "Name", value: "statements" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "about" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpeakerAboutFragment, unknown>;
export const SpeakerDenialsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpeakerDenials" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Actor" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "target" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            {
                              kind: "InlineFragment",
                              typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "content" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "speaker" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "InlineFragment",
                              typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Event" } },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceQuote" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "text" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DenialItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denier" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpeakerDenialsFragment, unknown>;
export const SpeakerHeaderFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpeakerHeader" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Actor" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "aliases" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpeakerHeaderFragment, unknown>;
export const EventPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "EventPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "event" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "id" }, value: { kind: "Variable", name: { kind: "Name", value: "id" } } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "EventDetails" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceQuote" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "text" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DenialItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denier" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "StatementCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "quoteType" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "hedge" } },
          { kind: "Field", name: { kind: "Name", value: "hedged" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "speechAct" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "speaker" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "occasion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "about" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EventDetails" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Event" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "type" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
          { kind: "Field", name: { kind: "Name", value: "location" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "start" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "end" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "partOf" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "participants" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "role" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "actor" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "StatementCard" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventPageQuery, EventPageQueryVariables>;
export const EventsIndexDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "EventsIndex" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "EventFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "events" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "type" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      { kind: "Field", name: { kind: "Name", value: "location" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "start" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                            { kind: "Field", name: { kind: "Name", value: "earliest" } },
                            { kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventsIndexQuery, EventsIndexQueryVariables>;
export const DenialPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "DenialPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "denial" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "id" }, value: { kind: "Variable", name: { kind: "Name", value: "id" } } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "denier" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "target" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                      {
                        kind: "InlineFragment",
                        typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "FragmentSpread", name: { kind: "Name", value: "StatementCard" } },
                          ],
                        },
                      },
                      {
                        kind: "InlineFragment",
                        typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Event" } },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "title" } },
                            { kind: "Field", alias: { kind: "Name", value: "eventStatus" }, name: { kind: "Name", value: "status" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evidence" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceInContext" } }],
                  },
                },
                { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceQuote" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "text" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DenialItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denier" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "StatementCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "quoteType" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "hedge" } },
          { kind: "Field", name: { kind: "Name", value: "hedged" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "speechAct" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "speaker" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "occasion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "about" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceInContext" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          { kind: "Field", name: { kind: "Name", value: "prefix" } },
          { kind: "Field", name: { kind: "Name", value: "suffix" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DenialPageQuery, DenialPageQueryVariables>;
export const StatementPageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "StatementPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "statement" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "id" }, value: { kind: "Variable", name: { kind: "Name", value: "id" } } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "speechAct" } },
                { kind: "Field", name: { kind: "Name", value: "quoteType" } },
                { kind: "Field", name: { kind: "Name", value: "rank" } },
                { kind: "Field", name: { kind: "Name", value: "rankReason" } },
                { kind: "Field", name: { kind: "Name", value: "topics" } },
                { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                { kind: "Field", name: { kind: "Name", value: "updatedAt" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "speaker" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "evidence" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceInContext" } }],
                  },
                },
                { kind: "FragmentSpread", name: { kind: "Name", value: "StatementCard" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceQuote" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "text" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DenialItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denier" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceInContext" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          { kind: "Field", name: { kind: "Name", value: "prefix" } },
          { kind: "Field", name: { kind: "Name", value: "suffix" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "StatementCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "quoteType" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "hedge" } },
          { kind: "Field", name: { kind: "Name", value: "hedged" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "speechAct" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "speaker" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "occasion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "about" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatementPageQuery, StatementPageQueryVariables>;
export const SearchDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Search" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "text" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "search" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "text" },
                value: { kind: "Variable", name: { kind: "Name", value: "text" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SearchHitItem" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SearchHitItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SearchHit" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "score" } },
          { kind: "Field", name: { kind: "Name", value: "snippet" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "node" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organization" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "content" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "speaker" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "content" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "denier" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Event" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SourcePageDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "SourcePage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "node" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "id" }, value: { kind: "Variable", name: { kind: "Name", value: "id" } } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Source" } },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "SourceText" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SourceText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Source" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "title" } },
          { kind: "Field", name: { kind: "Name", value: "publisher" } },
          { kind: "Field", name: { kind: "Name", value: "url" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "contentHash" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "publishedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "text" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SourcePageQuery, SourcePageQueryVariables>;
export const SourcesIndexDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "SourcesIndex" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "sources" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "publisher" } },
                      { kind: "Field", name: { kind: "Name", value: "url" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "publishedAt" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SourcesIndexQuery, SourcesIndexQueryVariables>;
export const SpeakerListDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "SpeakerList" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actors" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "SpeakerItem" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpeakerItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Actor" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }] },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "totalCount" } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpeakerListQuery, SpeakerListQueryVariables>;
export const AboutSuggestionsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AboutSuggestions" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "text" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actors" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "text" },
                      value: { kind: "Variable", name: { kind: "Name", value: "text" } },
                    },
                  ],
                },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "8" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "kind" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AboutSuggestionsQuery, AboutSuggestionsQueryVariables>;
export const AboutNamesDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AboutNames" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "ids" } },
          type: {
            kind: "NonNullType",
            type: { kind: "ListType", type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "nodes" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "ids" }, value: { kind: "Variable", name: { kind: "Name", value: "ids" } } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Person" } },
                  selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }] },
                },
                {
                  kind: "InlineFragment",
                  typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Organization" } },
                  selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AboutNamesQuery, AboutNamesQueryVariables>;
export const SpeakerStatementsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "SpeakerStatements" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "speaker" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "StatementFilter" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actor" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "speaker" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "SpeakerHeader" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "SpeakerDenials" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "SpeakerAbout" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "orderBy" }, value: { kind: "EnumValue", value: "NEWEST_FIRST" } },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "FragmentSpread", name: { kind: "Name", value: "StatementCard" } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PartialDateText" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PartialDate" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "text" } },
          { kind: "Field", name: { kind: "Name", value: "value" } },
          { kind: "Field", name: { kind: "Name", value: "precision" } },
          { kind: "Field", name: { kind: "Name", value: "circa" } },
          { kind: "Field", name: { kind: "Name", value: "earliest" } },
          { kind: "Field", name: { kind: "Name", value: "latest" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "EvidenceQuote" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Evidence" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "start" } },
          { kind: "Field", name: { kind: "Name", value: "end" } },
          { kind: "Field", name: { kind: "Name", value: "exact" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "source" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
                { kind: "Field", name: { kind: "Name", value: "publisher" } },
                { kind: "Field", name: { kind: "Name", value: "url" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "publishedAt" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "text" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "DenialItem" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Denial" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denier" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpeakerHeader" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Actor" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "kind" } },
          { kind: "Field", name: { kind: "Name", value: "aliases" } },
          { kind: "Field", name: { kind: "Name", value: "description" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpeakerDenials" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Actor" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "name" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "target" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                            {
                              kind: "InlineFragment",
                              typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "content" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "speaker" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "name" } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: "InlineFragment",
                              typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Event" } },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "title" } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SpeakerAbout" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Actor" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          {
            kind: "Field",
            alias: { kind: "Name", value: "aboutSample" },
            name: { kind: "Name", value: "statements" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "about" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "StatementCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Statement" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "content" } },
          { kind: "Field", name: { kind: "Name", value: "quote" } },
          { kind: "Field", name: { kind: "Name", value: "quoteType" } },
          { kind: "Field", name: { kind: "Name", value: "cue" } },
          { kind: "Field", name: { kind: "Name", value: "hedge" } },
          { kind: "Field", name: { kind: "Name", value: "hedged" } },
          { kind: "Field", name: { kind: "Name", value: "note" } },
          { kind: "Field", name: { kind: "Name", value: "speechAct" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "speaker" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statedAt" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "PartialDateText" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "occasion" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "title" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "about" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "evidence" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "EvidenceQuote" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "denials" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "FragmentSpread", name: { kind: "Name", value: "DenialItem" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpeakerStatementsQuery, SpeakerStatementsQueryVariables>;
export const TimelineDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Timeline" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "events" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "EventFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "statements" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "StatementFilter" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "actors" },
            arguments: [{ kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } }],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "events" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "events" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "status" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "start" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                            { kind: "Field", name: { kind: "Name", value: "precision" } },
                            { kind: "Field", name: { kind: "Name", value: "earliest" } },
                            { kind: "Field", name: { kind: "Name", value: "latest" } },
                            { kind: "Field", name: { kind: "Name", value: "text" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "end" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                            { kind: "Field", name: { kind: "Name", value: "precision" } },
                            { kind: "Field", name: { kind: "Name", value: "earliest" } },
                            { kind: "Field", name: { kind: "Name", value: "latest" } },
                            { kind: "Field", name: { kind: "Name", value: "text" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statements" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "statements" } },
              },
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "100" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "nodes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "content" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "speaker" },
                        selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "name" } }] },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "statedAt" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                            { kind: "Field", name: { kind: "Name", value: "precision" } },
                            { kind: "Field", name: { kind: "Name", value: "earliest" } },
                            { kind: "Field", name: { kind: "Name", value: "latest" } },
                            { kind: "Field", name: { kind: "Name", value: "text" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
