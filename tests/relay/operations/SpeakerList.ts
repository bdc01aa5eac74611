import { graphql } from "./graphql.js";

export const SpeakerListQuery = graphql`
  query SpeakerListQuery($first: Int!, $after: String) {
    actors(first: $first, after: $after) @connection(key: "SpeakerList_actors") {
      totalCount
      edges {
        node {
          id
          name
          kind
          ... on Person {
            country
            roles {
              title
            }
          }
          statements {
            totalCount
          }
        }
      }
    }
  }
`;
