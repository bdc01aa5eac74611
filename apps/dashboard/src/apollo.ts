// The Apollo Client: one HTTP link to /graphql (same origin: the server serves this app) and a cache that
// knows the schema's interfaces and unions and appends pages of a connection instead of replacing them.
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import possibleTypes from "./gql/possible-types";

/** A fresh client and cache; `uri` is "/graphql" in the browser. */
export function createClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      possibleTypes: possibleTypes.possibleTypes,
      typePolicies: {
        Query: {
          fields: {
            // One list per distinct filter and order: pages fetched with `after` append to it.
            statements: relayStylePagination(["filter", "orderBy"]),
          },
        },
      },
    }),
  });
}
