import type { ConnectionArgs } from "../connection.args.js";
import type { ListLoader, ParentRef } from "../list-loaders.js";
import { pageRequest, toConnection, type ConnectionShape } from "./pagination.js";

/** One request for a page of a list, in store terms. */
export interface ListAsk<Query, Parent extends string> {
  /** Names the ordering for cursors, e.g. `statements`. */
  list: string;
  query: Query;
  /** The record the list hangs off; ANDed with `query` on every page. */
  parent?: ParentRef<Parent> | null;
  order: "asc" | "desc";
  /** Order by relevance to the query's text instead of the list's own order. */
  ranked?: boolean;
  args: ConnectionArgs;
}

/**
 * The one list pipeline: any page of any list, nested or not, first or later, goes through the same batched loader,
 * so a parent's list means the same thing on every page and `totalCount` counts exactly what its pages hold.
 * Example: `connection(ctx.lists.statements, StatementConnection, statementFrom, { list: "statements", query, parent, order: "desc", args })`.
 */
export async function connection<Query, Record, Parent extends string, TConnection extends ConnectionShape<unknown>>(
  loader: ListLoader<Query, Record, Parent>,
  Connection: new () => TConnection,
  map: (record: Record) => TConnection["nodes"][number],
  ask: ListAsk<Query, Parent>,
): Promise<TConnection> {
  const ranked = ask.ranked ?? false;
  const scope = `${ask.list}:${ask.order}:${ranked ? "relevance" : "natural"}`;
  const request = pageRequest(ask.args, scope, ask.order);
  const parent = ask.parent ?? null;
  const page = await loader.page.load({ query: ask.query, ranked, parent, page: request });
  return toConnection(Connection, scope, page, request, map, () => loader.count.load({ query: ask.query, parent }));
}
