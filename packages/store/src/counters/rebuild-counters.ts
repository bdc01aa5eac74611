import { sql, type Kysely } from "kysely";
import { COUNTED_TABLES, countsSql } from "./counted-tables.js";
import { createCounterTriggers, dropCounterTriggers } from "./counter-triggers.js";

/**
 * Recounts every counter in `list_counts` from the rows: after a migration, or after a bulk load that ran without
 * the counter triggers. Run it inside the transaction that wrote the rows, so no reader sees stale counts.
 */
export async function rebuildCounters<DB>(db: Kysely<DB>): Promise<void> {
  await sql`delete from list_counts`.execute(db);
  for (const counted of COUNTED_TABLES) {
    const { table, list } = counted;
    const counts = countsSql(counted, "r");
    if (counted.inTotal) {
      await sql
        .raw(
          `insert into list_counts (list, parent, parent_id, row_count) select '${list}', '', '', count(*) from ${table} as r where ${counts}`,
        )
        .execute(db);
    }
    for (const [parent, column] of Object.entries(counted.parents)) {
      await sql
        .raw(
          `insert into list_counts (list, parent, parent_id, row_count)
          select '${list}', '${parent}', r.${column}, count(*) from ${table} as r
          where r.${column} is not null and ${counts} group by r.${column}`,
        )
        .execute(db);
    }
  }
}

/**
 * Runs a bulk load with the counter triggers off and rebuilds the counters once it is done — cheaper than one
 * UPSERT per row when the load is large. `trx` must be the load's write transaction (`writeTransaction`), so that
 * no other writer slips in while the triggers are gone. Example:
 * `await writeTransaction(db, (trx) => withCountersRebuiltAfter(trx, () => insertRows(trx, "statements", rows)))`.
 */
export async function withCountersRebuiltAfter<DB, T>(trx: Kysely<DB>, load: () => Promise<T>): Promise<T> {
  await dropCounterTriggers(trx);
  const result = await load();
  await rebuildCounters(trx);
  await createCounterTriggers(trx);
  return result;
}
