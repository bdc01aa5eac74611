import type { Kysely } from "kysely";
import { createCounterTriggers, dropCounterTriggers } from "../counters/counter-triggers.js";
import { rebuildCounters } from "../counters/rebuild-counters.js";

/**
 * `list_counts`: what each unfiltered list holds, whole and under each parent, kept by triggers in every write
 * transaction and filled here from the rows already stored. `totalCount` of the top speaker's statements was a
 * `count(*)` over 108k index entries at 1M statements (341 ms); a counter is one primary-key lookup.
 * A later migration that rebuilds a counted table on SQLite (as 0003 does) drops its triggers: re-create them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("list_counts")
    .addColumn("list", "text", (c) => c.notNull())
    .addColumn("parent", "text", (c) => c.notNull())
    .addColumn("parent_id", "text", (c) => c.notNull())
    .addColumn("row_count", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("list_counts_pk", ["list", "parent", "parent_id"])
    .execute();
  await createCounterTriggers(db);
  await rebuildCounters(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropCounterTriggers(db);
  await db.schema.dropTable("list_counts").execute();
}
