// The Apollo Client: an HTTP link to /graphql (same origin: the server serves this app), a WebSocket link there for
// subscriptions (opened only once one starts), and a cache that knows the schema's interfaces and unions and
// appends pages of a connection instead of replacing them.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { isSubscriptionOperation, relayStylePagination } from "@apollo/client/utilities";
import { createClient as createWsClient } from "graphql-ws";
import possibleTypes from "./gql/possible-types";

/** A fresh client and cache; `uri` is "/graphql" in the browser. */
export function createClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.split(
      ({ query }) => isSubscriptionOperation(query),
      new GraphQLWsLink(createWsClient({ url: () => new URL(uri, location.href).href.replace(/^http/, "ws") })),
      new HttpLink({ uri }),
    ),
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
