import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect.js";
import { COUNTED_TABLES, countsSql, linkedTables, movingColumns, type CountedTable } from "./counted-tables.js";

type Operation = "insert" | "delete" | "update";

/**
 * Row triggers that keep `list_counts` equal to what the unfiltered lists hold, in the writing transaction: one
 * UPSERT per written row (an update moves the row from its old counters to its new ones). Each also touches its
 * list's total, first, even when the total does not change: on PostgreSQL every writer of a list then locks that one
 * row before any other counter of the list, so two concurrent writers queue instead of deadlocking.
 */
export async function createCounterTriggers<DB>(db: Kysely<DB>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  for (const counted of COUNTED_TABLES) {
    for (const operation of operationsOf(counted)) {
      const name = `${counted.table}_count_${operation}`;
      const upsert = upsertSql(counted, operation);
      const event = operation === "update" ? `update of ${movingColumns(counted).join(", ")}` : operation;
      if (postgres) {
        await sql.raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${upsert}; return null; end $$`).execute(db);
        await sql.raw(`create trigger ${name} after ${event} on ${counted.table} for each row execute function ${name}()`).execute(db);
      } else {
        await sql.raw(`create trigger ${name} after ${event} on ${counted.table} for each row begin ${upsert}; end`).execute(db);
      }
    }
  }
}

/** Removes the counter triggers, e.g. for a bulk load that rebuilds the counters afterwards (`withCountersRebuiltAfter`). */
export async function dropCounterTriggers<DB>(db: Kysely<DB>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  for (const counted of COUNTED_TABLES) {
    for (const operation of operationsOf(counted)) {
      const name = `${counted.table}_count_${operation}`;
      if (postgres) {
        await sql.raw(`drop trigger if exists ${name} on ${counted.table}`).execute(db);
        await sql.raw(`drop function if exists ${name}()`).execute(db);
      } else {
        await sql.raw(`drop trigger if exists ${name}`).execute(db);
      }
    }
  }
}

/** Rows never change list or parent when nothing they are counted by moves: such tables need no update trigger. */
function operationsOf(counted: CountedTable): Operation[] {
  return movingColumns(counted).length > 0 ? ["insert", "delete", "update"] : ["insert", "delete"];
}

/** One UPSERT adding the written row's changes to every counter it is in, the list's total first. */
function upsertSql(counted: CountedTable, operation: Operation): string {
  const changes = [
    ...(operation === "insert" ? [] : changesOf(counted, "old", -1)),
    ...(operation === "delete" ? [] : changesOf(counted, "new", 1)),
  ];
  return `insert into list_counts (list, parent, parent_id, row_count)
    select '${counted.list}', parent, parent_id, sum(delta) from (${changes.join(" union all ")}) as change
    where parent_id is not null group by parent, parent_id order by parent, parent_id
    on conflict (list, parent, parent_id) do update set row_count = list_counts.row_count + excluded.row_count`;
}

/**
 * What one row (`new` or `old`) adds to the counters, `sign` once per counter it is in: the total, each parent, and
 * the parents of the link rows that count through it (a statement's subjects follow its rank).
 */
function changesOf(counted: CountedTable, row: "new" | "old", sign: number): string[] {
  const counts = countsSql(counted, row);
  const total = counted.inTotal ? `case when ${counts} then ${sign} else 0 end` : "0";
  const changes = [`select '' as parent, '' as parent_id, ${total} as delta`];
  for (const [parent, column] of Object.entries(counted.parents)) {
    changes.push(`select '${parent}', ${row}.${column}, ${sign} where ${counts}`);
  }
  for (const link of linkedTables(counted)) {
    for (const [parent, column] of Object.entries(link.parents)) {
      const through = link.linksTo?.column ?? "";
      changes.push(
        `select '${parent}', link.${column}, ${sign} from ${link.table} as link where link.${through} = ${row}.id and ${counts}`,
      );
    }
  }
  return changes;
}
