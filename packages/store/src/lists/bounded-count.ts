import { sql, type Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { AnySelect, ListDefinition } from "./list-definition.js";
import { COUNT_BOUND, type TotalCount } from "./total-count.js";

/** Parents per SQL statement: SQLite allows 500 terms in a compound select. */
const BRANCHES_PER_QUERY = 200;

/**
 * How many rows the filter matches under each parent (or in the whole list when `parent` is null), each counted only
 * up to `COUNT_BOUND` + 1 rows (`count(*)` over `select 1 … limit 10001`), so a count never reads more than that:
 * one `UNION ALL` branch per parent. Exact at or below the bound; above it a lower bound, flagged.
 */
export async function boundedCounts<Filter, Prepared, Record, Parent extends string>(
  db: Kysely<Database>,
  list: ListDefinition<Filter, Prepared, Record, Parent>,
  filter: Filter,
  parent: Parent | null,
  parentIds: readonly string[],
): Promise<Map<string, TotalCount>> {
  const ids = parent == null ? [""] : parentIds;
  const counts = new Map<string, TotalCount>(ids.map((id) => [id, { count: 0, isLowerBound: false }]));
  const prepared = await list.prepare(db, filter);
  for (let i = 0; i < ids.length; i += BRANCHES_PER_QUERY) {
    const chunk = ids.slice(i, i + BRANCHES_PER_QUERY);
    const branches = chunk.map((id, b) => {
      let rows = list
        .select(db, prepared, parent, false)
        .clearSelect()
        .where(list.where(prepared, COUNT_BOUND + 1));
      if (parent != null) rows = rows.where(sql.ref(list.parentColumn(parent)), "=", id);
      const bounded = rows.select(sql.lit(1).as("one")).limit(COUNT_BOUND + 1);
      return db.selectFrom(bounded.as(`b${b}`)).select([sql.lit(b).as("branch"), sql<string | number>`count(*)`.as("count")]);
    });
    const union = branches.slice(1).reduce((all, next) => all.unionAll(next), branches[0] as AnySelect);
    const rows = (await union.execute()) as { branch: string | number; count: string | number }[];
    for (const row of rows) {
      const count = Number(row.count);
      counts.set(chunk[Number(row.branch)] ?? "", { count, isLowerBound: count > COUNT_BOUND });
    }
  }
  return counts;
}
