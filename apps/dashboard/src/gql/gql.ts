/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EvidenceQuote on Evidence {\n    start\n    end\n    exact\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt {\n        value\n        text\n      }\n    }\n  }\n": typeof types.EvidenceQuoteFragmentDoc,
    "\n  fragment PartialDateText on PartialDate {\n    text\n    value\n    precision\n    circa\n    earliest\n    latest\n    note\n  }\n": typeof types.PartialDateTextFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventDetails\n    }\n  }\n": typeof types.EventPageDocument,
    "\n  fragment EventDetails on Event {\n    id\n    title\n    type\n    status\n    description\n    location\n    note\n    start {\n      ...PartialDateText\n    }\n    end {\n      ...PartialDateText\n    }\n    partOf {\n      id\n      title\n    }\n    participants {\n      role\n      actor {\n        id\n        name\n      }\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n    statements(first: 100) {\n      totalCount\n      nodes {\n        id\n        ...StatementCard\n      }\n    }\n    denials(first: 100) {\n      totalCount\n      nodes {\n        id\n        ...DenialItem\n      }\n    }\n  }\n": typeof types.EventDetailsFragmentDoc,
    "\n  query EventsIndex($filter: EventFilter) {\n    events(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        type\n        status\n        location\n        start {\n          value\n          earliest\n          ...PartialDateText\n        }\n      }\n    }\n  }\n": typeof types.EventsIndexDocument,
    "\n  query DenialPage($id: ID!) {\n    denial(id: $id) {\n      id\n      createdAt\n      updatedAt\n      revisions(first: 1) {\n        totalCount\n      }\n      denier {\n        id\n        name\n      }\n      target {\n        __typename\n        ... on Statement {\n          id\n          ...StatementCard\n        }\n        ... on Event {\n          id\n          title\n          eventStatus: status\n        }\n      }\n      evidence {\n        ...EvidenceInContext\n      }\n      ...DenialItem\n    }\n  }\n": typeof types.DenialPageDocument,
    "\n  fragment EvidenceInContext on Evidence {\n    start\n    end\n    exact\n    prefix\n    suffix\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt {\n        ...PartialDateText\n      }\n    }\n  }\n": typeof types.EvidenceInContextFragmentDoc,
    "\n  query StatementPage($id: ID!) {\n    statement(id: $id) {\n      id\n      speechAct\n      quoteType\n      rank\n      rankReason\n      topics\n      createdAt\n      updatedAt\n      revisions(first: 1) {\n        totalCount\n      }\n      speaker {\n        id\n        name\n      }\n      evidence {\n        ...EvidenceInContext\n      }\n      ...StatementCard\n    }\n  }\n": typeof types.StatementPageDocument,
    "\n  query Search($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      ...SearchHitItem\n    }\n  }\n": typeof types.SearchDocument,
    "\n  fragment SearchHitItem on SearchHit {\n    score\n    snippet\n    node {\n      __typename\n      ... on Person {\n        id\n        name\n      }\n      ... on Organization {\n        id\n        name\n      }\n      ... on Statement {\n        id\n        content\n        speaker {\n          id\n          name\n        }\n      }\n      ... on Denial {\n        id\n        content\n        denier {\n          id\n          name\n        }\n      }\n      ... on Event {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.SearchHitItemFragmentDoc,
    "\n  query SourcePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Source {\n        ...SourceText\n      }\n    }\n  }\n": typeof types.SourcePageDocument,
    "\n  fragment SourceText on Source {\n    id\n    title\n    publisher\n    url\n    note\n    contentHash\n    publishedAt {\n      ...PartialDateText\n    }\n    text\n  }\n": typeof types.SourceTextFragmentDoc,
    "\n  query SourcesIndex {\n    sources(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        publisher\n        url\n        publishedAt {\n          ...PartialDateText\n        }\n      }\n    }\n  }\n": typeof types.SourcesIndexDocument,
    "\n  fragment SpeakerItem on Actor {\n    id\n    name\n    kind\n    statements {\n      totalCount\n    }\n    denials {\n      totalCount\n    }\n  }\n": typeof types.SpeakerItemFragmentDoc,
    "\n  query SpeakerList {\n    actors(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        ...SpeakerItem\n      }\n    }\n  }\n": typeof types.SpeakerListDocument,
    "\n  fragment SpeakerAbout on Actor {\n    id\n    aboutSample: statements(first: 100) {\n      totalCount\n      nodes {\n        id\n        about {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SpeakerAboutFragmentDoc,
    "\n  query AboutSuggestions($text: String!) {\n    actors(filter: { text: $text }, first: 8) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AboutSuggestionsDocument,
    "\n  query AboutNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Person {\n        name\n      }\n      ... on Organization {\n        name\n      }\n    }\n  }\n": typeof types.AboutNamesDocument,
    "\n  fragment DenialItem on Denial {\n    id\n    content\n    quote\n    cue\n    note\n    denier {\n      id\n      name\n    }\n    statedAt {\n      ...PartialDateText\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n  }\n": typeof types.DenialItemFragmentDoc,
    "\n  subscription NewStatement($speaker: ID!) {\n    statementAdded(filter: { speakerIds: [$speaker] }) {\n      id\n    }\n  }\n": typeof types.NewStatementDocument,
    "\n  fragment SpeakerDenials on Actor {\n    name\n    denials(first: 100) {\n      totalCount\n      nodes {\n        id\n        target {\n          __typename\n          ... on Statement {\n            id\n            content\n            speaker {\n              id\n              name\n            }\n          }\n          ... on Event {\n            id\n            title\n          }\n        }\n        ...DenialItem\n      }\n    }\n  }\n": typeof types.SpeakerDenialsFragmentDoc,
    "\n  fragment SpeakerHeader on Actor {\n    id\n    name\n    kind\n    aliases\n    description\n  }\n": typeof types.SpeakerHeaderFragmentDoc,
    "\n  query SpeakerStatements($speaker: ID!, $filter: StatementFilter!, $first: Int!, $after: String) {\n    actor(id: $speaker) {\n      id\n      ...SpeakerHeader\n      ...SpeakerDenials\n      ...SpeakerAbout\n    }\n    statements(filter: $filter, orderBy: NEWEST_FIRST, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...StatementCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpeakerStatementsDocument,
    "\n  fragment StatementCard on Statement {\n    id\n    content\n    quote\n    quoteType\n    cue\n    hedge\n    hedged\n    note\n    speechAct\n    status\n    rank\n    rankReason\n    speaker {\n      id\n      name\n    }\n    statedAt {\n      ...PartialDateText\n    }\n    occasion {\n      id\n      title\n    }\n    about {\n      id\n      name\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n    denials {\n      id\n      ...DenialItem\n    }\n  }\n": typeof types.StatementCardFragmentDoc,
    "\n  query Timeline($events: EventFilter, $statements: StatementFilter) {\n    actors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    events(filter: $events, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        start {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n        end {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n      }\n    }\n    statements(filter: $statements, first: 100) {\n      totalCount\n      nodes {\n        id\n        content\n        speaker {\n          name\n        }\n        statedAt {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n      }\n    }\n  }\n": typeof types.TimelineDocument,
};
const documents: Documents = {
    "\n  fragment EvidenceQuote on Evidence {\n    start\n    end\n    exact\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt {\n        value\n        text\n      }\n    }\n  }\n": types.EvidenceQuoteFragmentDoc,
    "\n  fragment PartialDateText on PartialDate {\n    text\n    value\n    precision\n    circa\n    earliest\n    latest\n    note\n  }\n": types.PartialDateTextFragmentDoc,
    "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventDetails\n    }\n  }\n": types.EventPageDocument,
    "\n  fragment EventDetails on Event {\n    id\n    title\n    type\n    status\n    description\n    location\n    note\n    start {\n      ...PartialDateText\n    }\n    end {\n      ...PartialDateText\n    }\n    partOf {\n      id\n      title\n    }\n    participants {\n      role\n      actor {\n        id\n        name\n      }\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n    statements(first: 100) {\n      totalCount\n      nodes {\n        id\n        ...StatementCard\n      }\n    }\n    denials(first: 100) {\n      totalCount\n      nodes {\n        id\n        ...DenialItem\n      }\n    }\n  }\n": types.EventDetailsFragmentDoc,
    "\n  query EventsIndex($filter: EventFilter) {\n    events(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        type\n        status\n        location\n        start {\n          value\n          earliest\n          ...PartialDateText\n        }\n      }\n    }\n  }\n": types.EventsIndexDocument,
    "\n  query DenialPage($id: ID!) {\n    denial(id: $id) {\n      id\n      createdAt\n      updatedAt\n      revisions(first: 1) {\n        totalCount\n      }\n      denier {\n        id\n        name\n      }\n      target {\n        __typename\n        ... on Statement {\n          id\n          ...StatementCard\n        }\n        ... on Event {\n          id\n          title\n          eventStatus: status\n        }\n      }\n      evidence {\n        ...EvidenceInContext\n      }\n      ...DenialItem\n    }\n  }\n": types.DenialPageDocument,
    "\n  fragment EvidenceInContext on Evidence {\n    start\n    end\n    exact\n    prefix\n    suffix\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt {\n        ...PartialDateText\n      }\n    }\n  }\n": types.EvidenceInContextFragmentDoc,
    "\n  query StatementPage($id: ID!) {\n    statement(id: $id) {\n      id\n      speechAct\n      quoteType\n      rank\n      rankReason\n      topics\n      createdAt\n      updatedAt\n      revisions(first: 1) {\n        totalCount\n      }\n      speaker {\n        id\n        name\n      }\n      evidence {\n        ...EvidenceInContext\n      }\n      ...StatementCard\n    }\n  }\n": types.StatementPageDocument,
    "\n  query Search($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      ...SearchHitItem\n    }\n  }\n": types.SearchDocument,
    "\n  fragment SearchHitItem on SearchHit {\n    score\n    snippet\n    node {\n      __typename\n      ... on Person {\n        id\n        name\n      }\n      ... on Organization {\n        id\n        name\n      }\n      ... on Statement {\n        id\n        content\n        speaker {\n          id\n          name\n        }\n      }\n      ... on Denial {\n        id\n        content\n        denier {\n          id\n          name\n        }\n      }\n      ... on Event {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.SearchHitItemFragmentDoc,
    "\n  query SourcePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Source {\n        ...SourceText\n      }\n    }\n  }\n": types.SourcePageDocument,
    "\n  fragment SourceText on Source {\n    id\n    title\n    publisher\n    url\n    note\n    contentHash\n    publishedAt {\n      ...PartialDateText\n    }\n    text\n  }\n": types.SourceTextFragmentDoc,
    "\n  query SourcesIndex {\n    sources(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        publisher\n        url\n        publishedAt {\n          ...PartialDateText\n        }\n      }\n    }\n  }\n": types.SourcesIndexDocument,
    "\n  fragment SpeakerItem on Actor {\n    id\n    name\n    kind\n    statements {\n      totalCount\n    }\n    denials {\n      totalCount\n    }\n  }\n": types.SpeakerItemFragmentDoc,
    "\n  query SpeakerList {\n    actors(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        ...SpeakerItem\n      }\n    }\n  }\n": types.SpeakerListDocument,
    "\n  fragment SpeakerAbout on Actor {\n    id\n    aboutSample: statements(first: 100) {\n      totalCount\n      nodes {\n        id\n        about {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SpeakerAboutFragmentDoc,
    "\n  query AboutSuggestions($text: String!) {\n    actors(filter: { text: $text }, first: 8) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AboutSuggestionsDocument,
    "\n  query AboutNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Person {\n        name\n      }\n      ... on Organization {\n        name\n      }\n    }\n  }\n": types.AboutNamesDocument,
    "\n  fragment DenialItem on Denial {\n    id\n    content\n    quote\n    cue\n    note\n    denier {\n      id\n      name\n    }\n    statedAt {\n      ...PartialDateText\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n  }\n": types.DenialItemFragmentDoc,
    "\n  subscription NewStatement($speaker: ID!) {\n    statementAdded(filter: { speakerIds: [$speaker] }) {\n      id\n    }\n  }\n": types.NewStatementDocument,
    "\n  fragment SpeakerDenials on Actor {\n    name\n    denials(first: 100) {\n      totalCount\n      nodes {\n        id\n        target {\n          __typename\n          ... on Statement {\n            id\n            content\n            speaker {\n              id\n              name\n            }\n          }\n          ... on Event {\n            id\n            title\n          }\n        }\n        ...DenialItem\n      }\n    }\n  }\n": types.SpeakerDenialsFragmentDoc,
    "\n  fragment SpeakerHeader on Actor {\n    id\n    name\n    kind\n    aliases\n    description\n  }\n": types.SpeakerHeaderFragmentDoc,
    "\n  query SpeakerStatements($speaker: ID!, $filter: StatementFilter!, $first: Int!, $after: String) {\n    actor(id: $speaker) {\n      id\n      ...SpeakerHeader\n      ...SpeakerDenials\n      ...SpeakerAbout\n    }\n    statements(filter: $filter, orderBy: NEWEST_FIRST, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...StatementCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpeakerStatementsDocument,
    "\n  fragment StatementCard on Statement {\n    id\n    content\n    quote\n    quoteType\n    cue\n    hedge\n    hedged\n    note\n    speechAct\n    status\n    rank\n    rankReason\n    speaker {\n      id\n      name\n    }\n    statedAt {\n      ...PartialDateText\n    }\n    occasion {\n      id\n      title\n    }\n    about {\n      id\n      name\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n    denials {\n      id\n      ...DenialItem\n    }\n  }\n": types.StatementCardFragmentDoc,
    "\n  query Timeline($events: EventFilter, $statements: StatementFilter) {\n    actors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    events(filter: $events, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        start {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n        end {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n      }\n    }\n    statements(filter: $statements, first: 100) {\n      totalCount\n      nodes {\n        id\n        content\n        speaker {\n          name\n        }\n        statedAt {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n      }\n    }\n  }\n": types.TimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceQuote on Evidence {\n    start\n    end\n    exact\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt {\n        value\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceQuote on Evidence {\n    start\n    end\n    exact\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt {\n        value\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartialDateText on PartialDate {\n    text\n    value\n    precision\n    circa\n    earliest\n    latest\n    note\n  }\n"): (typeof documents)["\n  fragment PartialDateText on PartialDate {\n    text\n    value\n    precision\n    circa\n    earliest\n    latest\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventDetails\n    }\n  }\n"): (typeof documents)["\n  query EventPage($id: ID!) {\n    event(id: $id) {\n      id\n      ...EventDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetails on Event {\n    id\n    title\n    type\n    status\n    description\n    location\n    note\n    start {\n      ...PartialDateText\n    }\n    end {\n      ...PartialDateText\n    }\n    partOf {\n      id\n      title\n    }\n    participants {\n      role\n      actor {\n        id\n        name\n      }\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n    statements(first: 100) {\n      totalCount\n      nodes {\n        id\n        ...StatementCard\n      }\n    }\n    denials(first: 100) {\n      totalCount\n      nodes {\n        id\n        ...DenialItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EventDetails on Event {\n    id\n    title\n    type\n    status\n    description\n    location\n    note\n    start {\n      ...PartialDateText\n    }\n    end {\n      ...PartialDateText\n    }\n    partOf {\n      id\n      title\n    }\n    participants {\n      role\n      actor {\n        id\n        name\n      }\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n    statements(first: 100) {\n      totalCount\n      nodes {\n        id\n        ...StatementCard\n      }\n    }\n    denials(first: 100) {\n      totalCount\n      nodes {\n        id\n        ...DenialItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventsIndex($filter: EventFilter) {\n    events(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        type\n        status\n        location\n        start {\n          value\n          earliest\n          ...PartialDateText\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventsIndex($filter: EventFilter) {\n    events(filter: $filter, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        type\n        status\n        location\n        start {\n          value\n          earliest\n          ...PartialDateText\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DenialPage($id: ID!) {\n    denial(id: $id) {\n      id\n      createdAt\n      updatedAt\n      revisions(first: 1) {\n        totalCount\n      }\n      denier {\n        id\n        name\n      }\n      target {\n        __typename\n        ... on Statement {\n          id\n          ...StatementCard\n        }\n        ... on Event {\n          id\n          title\n          eventStatus: status\n        }\n      }\n      evidence {\n        ...EvidenceInContext\n      }\n      ...DenialItem\n    }\n  }\n"): (typeof documents)["\n  query DenialPage($id: ID!) {\n    denial(id: $id) {\n      id\n      createdAt\n      updatedAt\n      revisions(first: 1) {\n        totalCount\n      }\n      denier {\n        id\n        name\n      }\n      target {\n        __typename\n        ... on Statement {\n          id\n          ...StatementCard\n        }\n        ... on Event {\n          id\n          title\n          eventStatus: status\n        }\n      }\n      evidence {\n        ...EvidenceInContext\n      }\n      ...DenialItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceInContext on Evidence {\n    start\n    end\n    exact\n    prefix\n    suffix\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt {\n        ...PartialDateText\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EvidenceInContext on Evidence {\n    start\n    end\n    exact\n    prefix\n    suffix\n    source {\n      id\n      title\n      publisher\n      url\n      publishedAt {\n        ...PartialDateText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementPage($id: ID!) {\n    statement(id: $id) {\n      id\n      speechAct\n      quoteType\n      rank\n      rankReason\n      topics\n      createdAt\n      updatedAt\n      revisions(first: 1) {\n        totalCount\n      }\n      speaker {\n        id\n        name\n      }\n      evidence {\n        ...EvidenceInContext\n      }\n      ...StatementCard\n    }\n  }\n"): (typeof documents)["\n  query StatementPage($id: ID!) {\n    statement(id: $id) {\n      id\n      speechAct\n      quoteType\n      rank\n      rankReason\n      topics\n      createdAt\n      updatedAt\n      revisions(first: 1) {\n        totalCount\n      }\n      speaker {\n        id\n        name\n      }\n      evidence {\n        ...EvidenceInContext\n      }\n      ...StatementCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      ...SearchHitItem\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $first: Int!) {\n    search(text: $text, first: $first) {\n      ...SearchHitItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHitItem on SearchHit {\n    score\n    snippet\n    node {\n      __typename\n      ... on Person {\n        id\n        name\n      }\n      ... on Organization {\n        id\n        name\n      }\n      ... on Statement {\n        id\n        content\n        speaker {\n          id\n          name\n        }\n      }\n      ... on Denial {\n        id\n        content\n        denier {\n          id\n          name\n        }\n      }\n      ... on Event {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SearchHitItem on SearchHit {\n    score\n    snippet\n    node {\n      __typename\n      ... on Person {\n        id\n        name\n      }\n      ... on Organization {\n        id\n        name\n      }\n      ... on Statement {\n        id\n        content\n        speaker {\n          id\n          name\n        }\n      }\n      ... on Denial {\n        id\n        content\n        denier {\n          id\n          name\n        }\n      }\n      ... on Event {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Source {\n        ...SourceText\n      }\n    }\n  }\n"): (typeof documents)["\n  query SourcePage($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Source {\n        ...SourceText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceText on Source {\n    id\n    title\n    publisher\n    url\n    note\n    contentHash\n    publishedAt {\n      ...PartialDateText\n    }\n    text\n  }\n"): (typeof documents)["\n  fragment SourceText on Source {\n    id\n    title\n    publisher\n    url\n    note\n    contentHash\n    publishedAt {\n      ...PartialDateText\n    }\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcesIndex {\n    sources(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        publisher\n        url\n        publishedAt {\n          ...PartialDateText\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SourcesIndex {\n    sources(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        publisher\n        url\n        publishedAt {\n          ...PartialDateText\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpeakerItem on Actor {\n    id\n    name\n    kind\n    statements {\n      totalCount\n    }\n    denials {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  fragment SpeakerItem on Actor {\n    id\n    name\n    kind\n    statements {\n      totalCount\n    }\n    denials {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakerList {\n    actors(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        ...SpeakerItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpeakerList {\n    actors(first: 100) {\n      totalCount\n      nodes {\n        id\n        kind\n        ...SpeakerItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpeakerAbout on Actor {\n    id\n    aboutSample: statements(first: 100) {\n      totalCount\n      nodes {\n        id\n        about {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SpeakerAbout on Actor {\n    id\n    aboutSample: statements(first: 100) {\n      totalCount\n      nodes {\n        id\n        about {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AboutSuggestions($text: String!) {\n    actors(filter: { text: $text }, first: 8) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query AboutSuggestions($text: String!) {\n    actors(filter: { text: $text }, first: 8) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AboutNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Person {\n        name\n      }\n      ... on Organization {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AboutNames($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Person {\n        name\n      }\n      ... on Organization {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DenialItem on Denial {\n    id\n    content\n    quote\n    cue\n    note\n    denier {\n      id\n      name\n    }\n    statedAt {\n      ...PartialDateText\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n  }\n"): (typeof documents)["\n  fragment DenialItem on Denial {\n    id\n    content\n    quote\n    cue\n    note\n    denier {\n      id\n      name\n    }\n    statedAt {\n      ...PartialDateText\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NewStatement($speaker: ID!) {\n    statementAdded(filter: { speakerIds: [$speaker] }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NewStatement($speaker: ID!) {\n    statementAdded(filter: { speakerIds: [$speaker] }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpeakerDenials on Actor {\n    name\n    denials(first: 100) {\n      totalCount\n      nodes {\n        id\n        target {\n          __typename\n          ... on Statement {\n            id\n            content\n            speaker {\n              id\n              name\n            }\n          }\n          ... on Event {\n            id\n            title\n          }\n        }\n        ...DenialItem\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SpeakerDenials on Actor {\n    name\n    denials(first: 100) {\n      totalCount\n      nodes {\n        id\n        target {\n          __typename\n          ... on Statement {\n            id\n            content\n            speaker {\n              id\n              name\n            }\n          }\n          ... on Event {\n            id\n            title\n          }\n        }\n        ...DenialItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpeakerHeader on Actor {\n    id\n    name\n    kind\n    aliases\n    description\n  }\n"): (typeof documents)["\n  fragment SpeakerHeader on Actor {\n    id\n    name\n    kind\n    aliases\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakerStatements($speaker: ID!, $filter: StatementFilter!, $first: Int!, $after: String) {\n    actor(id: $speaker) {\n      id\n      ...SpeakerHeader\n      ...SpeakerDenials\n      ...SpeakerAbout\n    }\n    statements(filter: $filter, orderBy: NEWEST_FIRST, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...StatementCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpeakerStatements($speaker: ID!, $filter: StatementFilter!, $first: Int!, $after: String) {\n    actor(id: $speaker) {\n      id\n      ...SpeakerHeader\n      ...SpeakerDenials\n      ...SpeakerAbout\n    }\n    statements(filter: $filter, orderBy: NEWEST_FIRST, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...StatementCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementCard on Statement {\n    id\n    content\n    quote\n    quoteType\n    cue\n    hedge\n    hedged\n    note\n    speechAct\n    status\n    rank\n    rankReason\n    speaker {\n      id\n      name\n    }\n    statedAt {\n      ...PartialDateText\n    }\n    occasion {\n      id\n      title\n    }\n    about {\n      id\n      name\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n    denials {\n      id\n      ...DenialItem\n    }\n  }\n"): (typeof documents)["\n  fragment StatementCard on Statement {\n    id\n    content\n    quote\n    quoteType\n    cue\n    hedge\n    hedged\n    note\n    speechAct\n    status\n    rank\n    rankReason\n    speaker {\n      id\n      name\n    }\n    statedAt {\n      ...PartialDateText\n    }\n    occasion {\n      id\n      title\n    }\n    about {\n      id\n      name\n    }\n    evidence {\n      ...EvidenceQuote\n    }\n    denials {\n      id\n      ...DenialItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($events: EventFilter, $statements: StatementFilter) {\n    actors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    events(filter: $events, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        start {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n        end {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n      }\n    }\n    statements(filter: $statements, first: 100) {\n      totalCount\n      nodes {\n        id\n        content\n        speaker {\n          name\n        }\n        statedAt {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Timeline($events: EventFilter, $statements: StatementFilter) {\n    actors(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n    events(filter: $events, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        start {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n        end {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n      }\n    }\n    statements(filter: $statements, first: 100) {\n      totalCount\n      nodes {\n        id\n        content\n        speaker {\n          name\n        }\n        statedAt {\n          value\n          precision\n          earliest\n          latest\n          text\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;