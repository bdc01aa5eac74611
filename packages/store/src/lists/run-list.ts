import { sql, type Kysely } from "kysely";
import { readCounters } from "../counters/read-counters.js";
import type { Database } from "../tables/database.js";
import { boundedCounts } from "./bounded-count.js";
import type { AnySelect, ListDefinition } from "./list-definition.js";
import type { Page, PageRequest, SortKey } from "./page.js";
import type { TotalCount } from "./total-count.js";

/** One page asked of a list: under a parent (`speaker` `donald-trump`) or of the whole list. */
export interface ListRequest<Parent extends string> {
  parent: { kind: Parent; id: string } | null;
  page: PageRequest;
}

/** A row of one branch: the list's columns and its key (and, in a union of branches, which branch it answers). */
interface BranchRow {
  branch?: number;
  sortValue: unknown;
  rowKey: string;
  [column: string]: unknown;
}

/** Parents per SQL statement: SQLite allows 500 terms in a compound select. */
const BRANCHES_PER_QUERY = 200;

/**
 * Pages of one list under one filter, for many parents at once — each request its own branch with its own
 * cursor and `LIMIT`, so it touches only the rows it returns — in one `UNION ALL` query.
 * Example: the first 10 statements of each of 20 speakers, or page 3 of one speaker's, are both one query.
 */
export async function findPages<Filter, Prepared, Record, Parent extends string>(
  db: Kysely<Database>,
  list: ListDefinition<Filter, Prepared, Record, Parent>,
  filter: Filter,
  ranked: boolean,
  requests: readonly ListRequest<Parent>[],
): Promise<Page<Record>[]> {
  const prepared = await list.prepare(db, filter);
  // One page (the common case) is its branch alone, read in its own order: no union, no outer sort to undo it.
  if (requests.length === 1 && requests[0]) {
    const request = requests[0];
    const rows = (await branch(db, list, prepared, ranked, request).execute()) as BranchRow[];
    return [toPage(list, ranked, request.page, rows)];
  }
  const pages: Page<Record>[] = [];
  for (let i = 0; i < requests.length; i += BRANCHES_PER_QUERY) {
    const chunk = requests.slice(i, i + BRANCHES_PER_QUERY);
    const branches = chunk.map((request, b) =>
      db.selectFrom(branch(db, list, prepared, ranked, request).select(sql.lit(b).as("branch")).as(`b${b}`)).selectAll(),
    );
    const union = branches.slice(1).reduce((all, next) => all.unionAll(next), branches[0] as AnySelect);
    // Rows come back grouped by branch in ascending key order; a branch that reads descending is reversed here.
    const rows = (await union.orderBy("branch").orderBy("sortValue").orderBy("rowKey").execute()) as BranchRow[];
    const byBranch = chunk.map(() => [] as typeof rows);
    for (const row of rows) byBranch[row.branch as number]?.push(row);
    chunk.forEach((request, b) => {
      const ascending = byBranch[b] ?? [];
      pages.push(toPage(list, ranked, request.page, readsDescending(request.page) ? ascending.reverse() : ascending));
    });
  }
  return pages;
}

/**
 * How many rows the filter matches under each parent (or in the whole list when `parent` is null). The list decides
 * how: where maintained counters hold the count (no filter beyond the default, or one that only names parents) they
 * answer, exactly, in one primary-key read; otherwise the rows are counted up to `COUNT_BOUND` and a larger count is
 * a flagged lower bound.
 * Example: `countPages(db, statementList, {}, "speaker", ["donald-trump", "vladimir-putin"])`.
 */
export async function countPages<Filter, Prepared, Record, Parent extends string>(
  db: Kysely<Database>,
  list: ListDefinition<Filter, Prepared, Record, Parent>,
  filter: Filter,
  parent: Parent | null,
  parentIds: readonly string[],
): Promise<Map<string, TotalCount>> {
  const counter = list.counter(filter);
  // A filter that names parents, under a parent of its own, is two conditions on the rows: count them.
  if (counter == null || (counter.parents && parent != null)) return boundedCounts(db, list, filter, parent, parentIds);
  if (counter.parents) {
    const { kind, ids } = counter.parents;
    const counts = await readCounters(db, counter.list, kind, [...new Set(ids)]);
    return new Map([["", { count: [...counts.values()].reduce((a, b) => a + b, 0), isLowerBound: false }]]);
  }
  const counts = await readCounters(db, counter.list, parent, parentIds);
  return new Map([...counts].map(([id, count]) => [id, { count, isLowerBound: false }]));
}

/** One request's rows: the filter, the parent, the cursor conditions, the order it reads in and its limit. */
function branch<Filter, Prepared, Record, Parent extends string>(
  db: Kysely<Database>,
  list: ListDefinition<Filter, Prepared, Record, Parent>,
  prepared: Prepared,
  ranked: boolean,
  request: ListRequest<Parent>,
): AnySelect {
  const { page, parent } = request;
  const sort = sql.ref(list.sortColumn(ranked));
  const id = sql.ref(list.idColumn);
  const beyond = (key: SortKey, direction: "asc" | "desc") =>
    direction === "desc"
      ? sql<boolean>`(${sort}, ${id}) < (${key[0]}, ${key[1]})`
      : sql<boolean>`(${sort}, ${id}) > (${key[0]}, ${key[1]})`;
  const reverse = page.order === "desc" ? "asc" : "desc";
  let query = list.select(db, prepared, parent?.kind ?? null, ranked).where(list.where(prepared, page.limit + 1));
  if (parent) query = query.where(sql.ref(list.parentColumn(parent.kind)), "=", parent.id);
  if (page.after) query = query.where(beyond(page.after, page.order));
  if (page.before) query = query.where(beyond(page.before, reverse));
  const direction = page.fromEnd ? reverse : page.order;
  return query
    .select(sql.ref(list.idColumn).as("rowKey"))
    .orderBy(sort, direction)
    .orderBy(id, direction)
    .limit(page.limit + 1);
}

/** True when a page is read from the largest key down: a descending list from its start, an ascending one from its end. */
function readsDescending(page: PageRequest): boolean {
  return (page.order === "desc") !== !!page.fromEnd;
}

/** A branch's rows, in the order it read them: trims the extra row and restores list order for pages read from the end. */
function toPage<Filter, Prepared, Record, Parent extends string>(
  list: ListDefinition<Filter, Prepared, Record, Parent>,
  ranked: boolean,
  page: PageRequest,
  read: BranchRow[],
): Page<Record> {
  const hasMore = read.length > page.limit;
  const kept = hasMore ? read.slice(0, page.limit) : read;
  const inListOrder = page.fromEnd ? kept.reverse() : kept;
  const numeric = list.numericSort(ranked);
  return {
    hasMore,
    // Decoders read their columns by name, so the row goes in as it is: copying it without the branch's own columns
    // (an object rest) was a visible share of a page's CPU.
    items: inListOrder.map((row) => ({
      record: list.decode(row as never),
      key: [numeric ? Number(row.sortValue) : String(row.sortValue), row.rowKey] satisfies SortKey,
    })),
  };
}
