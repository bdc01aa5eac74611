import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, OperationTypeNode } from "graphql";

/**
 * A subscription sent over HTTP would run its fields once with no event to resolve: it is answered 400 BAD_REQUEST,
 * pointing at the WebSocket on the same path.
 */
export function httpSubscriptionsRefused<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ operation }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return Promise.resolve();
          const message = "Subscriptions are served over WebSocket (graphql-ws) at this same path, not over HTTP";
          throw new GraphQLError(message, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
        },
      }),
  };
}
