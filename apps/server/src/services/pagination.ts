import type { Page, PageRequest } from "@claimline/store";
import { PageInfo } from "@claimline/schema";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ConnectionArgs } from "../connection.args.js";
import { badInput } from "../errors.js";

type Key = readonly [string | number, string];

/** An opaque cursor for a (sort value, id) key. */
export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string): Key {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === 2 && ["string", "number"].includes(typeof key[0]) && typeof key[1] === "string") {
      return [key[0] as string | number, key[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`"${cursor}" is not a cursor from this API: pass back a cursor or endCursor it returned`, { argument: cursor });
}

/** Checks Relay arguments and turns them into a keyset page request. */
export function pageRequest(args: ConnectionArgs, order: "asc" | "desc"): PageRequest {
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
    after: after ? decodeCursor(after) : null,
    before: before ? decodeCursor(before) : null,
    fromEnd: last != null,
    order,
  };
}

/** A first page read from the start: the only kind a parent's list can batch with its siblings'. */
export function isFirstPage(request: PageRequest): boolean {
  return !request.after && !request.before && !request.fromEnd;
}

export interface ConnectionShape<TNode> {
  edges: { cursor: string; node: TNode }[];
  nodes: TNode[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/** Fills a connection object from a page of rows. `keyOf` gives each row's (sort value, id) key. */
export function toConnection<TConnection extends ConnectionShape<TNode>, TNode, Row>(
  Connection: new () => TConnection,
  page: Page<Row>,
  request: PageRequest,
  map: (row: Row) => TNode,
  keyOf: (row: Row) => Key,
  countTotal: () => Promise<number>,
): TConnection {
  const edges = page.rows.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: map(row) }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: request.fromEnd ? request.before != null : page.hasMore,
    hasPreviousPage: request.fromEnd ? page.hasMore : request.after != null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  });
  return Object.assign(new Connection(), { edges, nodes: edges.map((e) => e.node), pageInfo, countTotal });
}
