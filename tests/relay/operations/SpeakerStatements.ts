import { graphql } from "./graphql.js";

export const SpeakerStatementsQuery = graphql`
  query SpeakerStatementsQuery($speaker: ID!, $count: Int!, $cursor: String, $filter: StatementFilter) {
    actor(id: $speaker) {
      id
      ...SpeakerStatements_actor @arguments(count: $count, cursor: $cursor, filter: $filter)
    }
  }
`;

export const SpeakerStatementsFragment = graphql`
  fragment SpeakerStatements_actor on Actor
  @argumentDefinitions(count: { type: "Int!" }, cursor: { type: "String" }, filter: { type: "StatementFilter" })
  @refetchable(queryName: "SpeakerStatementsPaginationQuery") {
    name
    statements(first: $count, after: $cursor, filter: $filter) @connection(key: "SpeakerStatements_statements") {
      totalCount
      edges {
        node {
          id
          ...StatementCard_statement
        }
      }
    }
  }
`;

export const StatementCardFragment = graphql`
  fragment StatementCard_statement on Statement {
    id
    content
    quote
    quoteType
    speechAct
    cue
    hedged
    hedge
    status
    statedAt {
      value
      precision
      text
      earliest
      latest
      note
    }
    occasion {
      id
      title
      type
      status
    }
    evidence {
      start
      end
      exact
      prefix
      suffix
      source {
        id
        title
      }
    }
    denials {
      id
      content
      quote
      cue
      denier {
        id
        name
        kind
      }
      evidence {
        exact
      }
    }
  }
`;
