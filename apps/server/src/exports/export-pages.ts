// The statements an export holds, page after page, through the same schema, resolvers and filter as the API.
import type { Store } from "@claimline/store";
import { execute, GraphQLError, parse, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { createContext } from "../context.js";
import { operationCost } from "../cost.js";
import { ClaimlineError, unavailable } from "../errors.js";
import { errorKind } from "../format-error.js";

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

/** What every page passes before it is read, as an operation on /graphql would. */
export interface PageGuard {
  /** Takes a page's cost from the caller's rate-limit bucket; rejects with RATE_LIMITED when it cannot pay. */
  charge(cost: number): Promise<void>;
  /** The store one page reads through: refused while the database is away, and past the page's own deadline. */
  store(): Store;
  /** Tells the database's health about an error, as the API's error reporting does. */
  report(error: unknown): void;
}

interface Page {
  nodes: ExportedStatement[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const OPERATION = EXPORT_QUERY.definitions[0] as OperationDefinitionNode;

/** What one page costs, as /graphql would price the same query (README "Exports"). */
export const pageCost = (schema: GraphQLSchema, request: ExportRequest) =>
  operationCost(schema, EXPORT_QUERY, OPERATION, { filter: request.filter, orderBy: request.orderBy, after: null });

/**
 * A page, charged before it is read. Bad input (a filter that is not a StatementFilter, an unknown id type) is a
 * BAD_USER_INPUT error; the database being away, UNAVAILABLE; a page past its deadline, TIMEOUT.
 */
async function page(schema: GraphQLSchema, guard: PageGuard, request: ExportRequest, cost: number, after: string | null): Promise<Page> {
  await guard.charge(cost);
  // A fresh context per page: its DataLoaders cache what they load, and that must not grow with the export.
  const result = await execute({
    schema,
    document: EXPORT_QUERY,
    variableValues: { filter: request.filter, orderBy: request.orderBy, after },
    contextValue: createContext(guard.store()),
  });
  const [error] = result.errors ?? [];
  if (error) {
    // Variables graphql-js could not coerce carry no code: they are the client's mistake.
    if (error.extensions.code === undefined && !error.path) throw new ClaimlineError("BAD_USER_INPUT", error.message);
    if (errorKind(error) === "unavailable") {
      guard.report(error.originalError ?? error);
      throw unavailable();
    }
    throw error.originalError instanceof GraphQLError || !error.originalError ? error : error.originalError;
  }
  return (result.data as { statements: Page }).statements;
}

/**
 * Every matching statement, 100 at a time: the next page is read only when the consumer asks for more, so memory
 * stays that of one page however large the export. The first page is read before this returns, so bad input, a
 * refused charge or an outage rejects here, before any byte is sent; later, the iterator throws the same errors.
 */
export async function exportedStatements(
  schema: GraphQLSchema,
  guard: PageGuard,
  request: ExportRequest,
): Promise<AsyncIterable<ExportedStatement>> {
  const cost = pageCost(schema, request);
  const first = await page(schema, guard, request, cost, null);
  return (async function* () {
    let current = first;
    for (;;) {
      yield* current.nodes;
      if (!current.pageInfo.hasNextPage) return;
      current = await page(schema, guard, request, cost, current.pageInfo.endCursor);
    }
  })();
}
