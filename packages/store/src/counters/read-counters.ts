import type { Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { CountedList } from "./counted-tables.js";

/**
 * The counters of an unfiltered list under each parent (or its total when `parent` is null), in one primary-key
 * read; a parent with no counter row holds nothing. Example: `readCounters(db, "statements", "speaker", ["donald-trump"])`.
 */
export async function readCounters(
  db: Kysely<Database>,
  list: CountedList,
  parent: string | null,
  parentIds: readonly string[],
): Promise<Map<string, number>> {
  const ids = parent == null ? [""] : parentIds;
  const counts = new Map<string, number>(ids.map((id) => [id, 0]));
  if (ids.length === 0) return counts;
  const rows = await db
    .selectFrom("listCounts")
    .select(["parentId", "rowCount"])
    .where("list", "=", list)
    .where("parent", "=", parent ?? "")
    .where("parentId", "in", ids)
    .execute();
  for (const row of rows) counts.set(row.parentId, row.rowCount);
  return counts;
}
