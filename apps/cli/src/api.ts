// Where the server is, and one typed way to ask it.
import type { ApolloClient, OperationVariables, TypedDocumentNode } from "@apollo/client";
import { createClaimlineClient } from "@claimline/client";

/**
 * The GraphQL endpoint from CLAIMLINE_API; a bare server address ("http://localhost:4000", as `npm run dev` takes
 * it) gets /graphql added.
 */
export function endpointFrom(value = "http://localhost:4000/graphql"): URL {
  const url = new URL(value);
  if (url.pathname === "/" || url.pathname === "") url.pathname = "/graphql";
  return url;
}

export interface Api {
  endpoint: URL;
  /** Runs a typed query; GraphQL errors and unreachable servers reject. */
  query<Data, Variables extends OperationVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data>;
}

export function connect(endpoint: URL): Api {
  const client: ApolloClient = createClaimlineClient({ uri: endpoint.href });
  return {
    endpoint,
    async query(document, variables) {
      const { data } = await client.query({ query: document, variables, fetchPolicy: "no-cache" });
      // errorPolicy "none" (the default) rejects on any error, so data is whole here.
      if (data === undefined) throw new Error("the server answered without data");
      return data;
    },
  };
}
