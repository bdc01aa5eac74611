// The dashboard's Apollo Client: @claimline/client's cache, HTTP to /graphql for queries, and a WebSocket to the same
// path for subscriptions (graphql-ws, opened only once a subscription starts: the speaker page's "N new — show").
import { ApolloClient, ApolloLink, HttpLink } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { isSubscriptionOperation } from "@apollo/client/utilities";
import { createClaimlineCache } from "@claimline/client";
import { createClient as createWsClient } from "graphql-ws";

/** `uri` is "/graphql": the server serves this app. */
export function createDashboardClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.split(
      ({ query }) => isSubscriptionOperation(query),
      new GraphQLWsLink(createWsClient({ url: () => new URL(uri, location.href).href.replace(/^http/, "ws") })),
      new HttpLink({ uri }),
    ),
    cache: createClaimlineCache(),
  });
}
