import { sql, type SelectQueryBuilder } from "kysely";

/** A position in a list ordered by (sort value, id): what a cursor encodes. */
export type SortKey = readonly [sortValue: string | number, id: string];

export interface PageRequest {
  /** How many rows the caller wants; one more is fetched to learn whether more follow. */
  limit: number;
  /** Rows after this key, in list order. */
  after?: SortKey | null;
  /** Rows before this key, in list order. */
  before?: SortKey | null;
  /** Take the last `limit` rows (before `before`) rather than the first. */
  fromEnd?: boolean;
  /** List order: "desc" is newest first. */
  order: "asc" | "desc";
}

export interface Page<Row> {
  rows: Row[];
  /** More rows lie beyond the page, in the direction it was read. */
  hasMore: boolean;
}

/**
 * Adds keyset conditions, order and limit over (`table.sortColumn`, `table.id`) — never an offset, so a page
 * costs the same wherever it is. Run the query, then pass the rows to `toPage`.
 * Example: `keysetPage(db.selectFrom("statements").selectAll(), "statements", page)`.
 */
export function keysetPage<QB extends SelectQueryBuilder<any, any, any>>(
  qb: QB,
  table: string,
  page: PageRequest,
  sortColumn = "sortDate",
): QB {
  const sortDate = sql.ref(`${table}.${sortColumn}`);
  const id = sql.ref(`${table}.id`);
  const beyond = (key: SortKey, direction: "asc" | "desc") =>
    direction === "desc"
      ? sql<boolean>`(${sortDate} < ${key[0]} or (${sortDate} = ${key[0]} and ${id} < ${key[1]}))`
      : sql<boolean>`(${sortDate} > ${key[0]} or (${sortDate} = ${key[0]} and ${id} > ${key[1]}))`;
  const reverse = page.order === "desc" ? "asc" : "desc";
  let query = qb;
  if (page.after) query = query.where(beyond(page.after, page.order)) as QB;
  if (page.before) query = query.where(beyond(page.before, reverse)) as QB;
  const direction = page.fromEnd ? reverse : page.order;
  return query
    .orderBy(sortDate, direction)
    .orderBy(id, direction)
    .limit(page.limit + 1) as QB;
}

/** Trims the extra row `keysetPage` fetched and restores list order for pages read from the end. */
export function toPage<Row>(rows: Row[], page: PageRequest): Page<Row> {
  const hasMore = rows.length > page.limit;
  const kept = hasMore ? rows.slice(0, page.limit) : rows;
  return { rows: page.fromEnd ? kept.reverse() : kept, hasMore };
}
