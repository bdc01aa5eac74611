// The statements an export holds, page after page, through the same schema, resolvers and filter as the API.
import type { Store } from "@claimline/store";
import { execute, GraphQLError, parse, type GraphQLSchema } from "graphql";
import { createContext } from "../context.js";
import { ClaimlineError } from "../errors.js";

/** What every export format needs of a statement. */
const EXPORT_QUERY = parse(/* GraphQL */ `
  query Export($filter: StatementFilter, $orderBy: StatementOrder, $after: String) {
    statements(filter: $filter, orderBy: $orderBy, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        content
        quote
        quoteType
        speechAct
        cue
        hedge
        status
        topics
        statedAt {
          value
          text
        }
        speaker {
          __typename
          id
          name
        }
        about {
          __typename
          id
          name
        }
        occasion {
          id
          title
        }
        evidence {
          start
          end
          exact
          source {
            id
            title
            url
            publisher
            publishedAt {
              value
            }
          }
        }
        denials {
          id
          content
          quote
          cue
          statedAt {
            value
          }
          denier {
            __typename
            id
            name
          }
          evidence {
            start
            end
            exact
            source {
              id
              url
            }
          }
        }
      }
    }
  }
`);

interface Named {
  __typename: "Person" | "Organization";
  id: string;
  name: string;
}

interface Span {
  start: number;
  end: number;
  exact: string;
  source: { id: string; title?: string; url: string | null; publisher?: string | null; publishedAt?: { value: string | null } | null };
}

export interface ExportedDenial {
  id: string;
  content: string;
  quote: string | null;
  cue: string | null;
  statedAt: { value: string | null } | null;
  denier: Named;
  evidence: Span[];
}

/** One statement as the export query selects it (the shape of each line of statements.jsonl). */
export interface ExportedStatement {
  id: string;
  content: string;
  quote: string | null;
  quoteType: string;
  speechAct: string;
  cue: string | null;
  hedge: string | null;
  status: string;
  topics: string[];
  statedAt: { value: string | null; text: string | null } | null;
  speaker: Named;
  about: Named[];
  occasion: { id: string; title: string } | null;
  evidence: Span[];
  denials: ExportedDenial[];
}

export interface ExportRequest {
  filter: unknown;
  orderBy: unknown;
}

interface Page {
  nodes: ExportedStatement[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A page; bad input (a filter that is not a StatementFilter, an unknown id type) is a BAD_USER_INPUT error. */
async function page(schema: GraphQLSchema, store: Store, request: ExportRequest, after: string | null): Promise<Page> {
  // A fresh context per page: its DataLoaders cache what they load, and that must not grow with the export.
  const result = await execute({
    schema,
    document: EXPORT_QUERY,
    variableValues: { filter: request.filter, orderBy: request.orderBy, after },
    contextValue: createContext(store),
  });
  const [error] = result.errors ?? [];
  if (error) {
    // Variables graphql-js could not coerce carry no code: they are the client's mistake.
    if (error.extensions.code === undefined && !error.path) throw new ClaimlineError("BAD_USER_INPUT", error.message);
    throw error.originalError instanceof GraphQLError || !error.originalError ? error : error.originalError;
  }
  return (result.data as { statements: Page }).statements;
}

/**
 * Every matching statement, 100 at a time: the next page is read only when the consumer asks for more, so memory
 * stays that of one page however large the export. The first page is read before this returns, so bad input
 * rejects here, before any byte is sent.
 */
export async function exportedStatements(
  schema: GraphQLSchema,
  store: Store,
  request: ExportRequest,
): Promise<AsyncIterable<ExportedStatement>> {
  const first = await page(schema, store, request, null);
  return (async function* () {
    let current = first;
    for (;;) {
      yield* current.nodes;
      if (!current.pageInfo.hasNextPage) return;
      current = await page(schema, store, request, current.pageInfo.endCursor);
    }
  })();
}
