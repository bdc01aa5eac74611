import { PageInfo, type ConnectionCount } from "@claimline/schema";
import type { Page, PageRequest, SortKey } from "@claimline/store";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ConnectionArgs } from "../connection.args.js";
import { badInput } from "../errors.js";

/**
 * Which ordering a cursor belongs to, e.g. `statements:desc:date`: a cursor is a position in one ordering of one
 * list, and is refused anywhere else (a relevance cursor in a date-ordered list would mean nothing).
 */
export type CursorScope = string;

/** An opaque cursor for a key in a list's ordering. */
export function encodeCursor(scope: CursorScope, key: SortKey): string {
  return Buffer.from(JSON.stringify([scope, ...key])).toString("base64url");
}

/** The key a cursor holds; BAD_USER_INPUT unless it is one this API gave out for this very ordering. */
export function decodeCursor(scope: CursorScope, cursor: string, argument: string): SortKey {
  const refuse = (why: string) =>
    badInput(`"${cursor}" is not a cursor of this list: ${why}; pass back a cursor or endCursor the same list returned`, { argument });
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse("it is not a cursor this API gave out");
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw refuse("it is not a cursor this API gave out");
  const [given, value, id] = decoded as unknown[];
  if (typeof given !== "string" || !["string", "number"].includes(typeof value) || typeof id !== "string") {
    throw refuse("it is not a cursor this API gave out");
  }
  if (given !== scope) throw refuse(`it belongs to another list or order (${given}, not ${scope})`);
  return [value as string | number, id];
}

/** Checks Relay arguments and turns them into a keyset page request over the ordering `scope`. */
export function pageRequest(args: ConnectionArgs, scope: CursorScope, order: "asc" | "desc"): PageRequest {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badInput("Pass first or last, not both");
  for (const [name, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) {
      throw badInput(`${name} must be between 1 and ${MAX_PAGE_SIZE}, got ${value}`, { argument: name });
    }
  }
  return {
    limit: first ?? last ?? DEFAULT_PAGE_SIZE,
    after: after != null ? decodeCursor(scope, after, "after") : null,
    before: before != null ? decodeCursor(scope, before, "before") : null,
    fromEnd: last != null,
    order,
  };
}

export interface ConnectionShape<TNode> {
  edges: { cursor: string; node: TNode }[];
  nodes: TNode[];
  pageInfo: PageInfo;
  countTotal: () => Promise<ConnectionCount>;
}

/** An edge of a page whose cursor is encoded when read: most operations ask for the nodes alone. */
class Edge<TNode> {
  constructor(
    private readonly scope: CursorScope,
    private readonly key: SortKey,
    readonly node: TNode,
  ) {}

  get cursor(): string {
    return encodeCursor(this.scope, this.key);
  }
}

/** Fills a connection object from a page of records. */
export function toConnection<TConnection extends ConnectionShape<unknown>, Record>(
  Connection: new () => TConnection,
  scope: CursorScope,
  page: Page<Record>,
  request: PageRequest,
  map: (record: Record) => TConnection["nodes"][number],
  countTotal: () => Promise<ConnectionCount>,
): TConnection {
  const edges = page.items.map(({ record, key }) => new Edge(scope, key, map(record)));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: request.fromEnd ? request.before != null : page.hasMore,
    hasPreviousPage: request.fromEnd ? page.hasMore : request.after != null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
    countTotal,
  });
  return Object.assign(new Connection(), { edges, nodes: edges.map((e) => e.node), pageInfo, countTotal });
}
