import { graphql } from "./graphql.js";

export const SearchBoxQuery = graphql`
  query SearchBoxQuery($text: String!) {
    search(text: $text, first: 10) {
      score
      snippet
      node {
        __typename
        ... on Person {
          id
          name
        }
        ... on Organization {
          id
          name
        }
        ... on Statement {
          id
          content
          speaker {
            id
            name
          }
        }
        ... on Event {
          id
          title
          status
        }
      }
    }
  }
`;

export const DisputedQuery = graphql`
  query SearchBoxDisputedQuery {
    statements(filter: { disputed: true }, first: 50) {
      edges {
        node {
          id
          content
          speaker {
            name
          }
          denials {
            denier {
              name
            }
            target {
              __typename
              ... on Statement {
                id
              }
              ... on Event {
                id
              }
            }
          }
        }
      }
    }
  }
`;
