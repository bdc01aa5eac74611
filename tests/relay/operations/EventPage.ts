import { graphql } from "./graphql.js";

export const EventPageQuery = graphql`
  query EventPageQuery($id: ID!) {
    event(id: $id) {
      id
      title
      type
      status
      start {
        value
        text
        precision
      }
      end {
        value
        text
        precision
      }
      location
      partOf {
        id
        title
      }
      participants {
        role
        actor {
          id
          name
        }
      }
      statements(first: 20) {
        totalCount
        edges {
          node {
            id
            content
            speaker {
              id
              name
            }
          }
        }
      }
      denials(first: 20) {
        totalCount
        edges {
          node {
            id
            content
            denier {
              name
            }
          }
        }
      }
      evidence {
        start
        end
        exact
        source {
          id
        }
      }
    }
  }
`;
