import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect.js";
import { COUNTED_TABLES, countsSql, linkedTables, movingColumns, type CountedTable } from "./counted-tables.js";

type Operation = "insert" | "delete" | "update";

/** The written rows a trigger sees: SQLite's `new` / `old` row, or PostgreSQL's transition table of the statement. */
interface Written {
  alias: string;
  /** The transition table to read rows from; absent for SQLite's one row. */
  table?: string;
}

/**
 * Triggers that keep `list_counts` equal to what the unfiltered lists hold, in the writing transaction, with one
 * UPSERT per write (an update moves rows from their old counters to their new ones). SQLite runs it per row.
 * PostgreSQL runs it once per SQL statement over its transition tables: per row, a multi-row insert would update
 * the list's total once per row in one transaction, and each update of a row PostgreSQL cannot prune before commit
 * lengthens the chain the next one walks (20,000 rows took 22 s instead of 1.6 s). Each UPSERT also writes its
 * list's total first, even unchanged: every PostgreSQL writer of a list then locks that one row before any other
 * counter of the list, so concurrent writers queue instead of deadlocking.
 */
export async function createCounterTriggers<DB>(db: Kysely<DB>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  for (const counted of COUNTED_TABLES) {
    for (const operation of operationsOf(counted)) {
      const name = `${counted.table}_count_${operation}`;
      if (postgres) {
        const upsert = upsertSql(counted, operation, (row) => ({ alias: "r", table: `${row}_rows` }));
        const transition = {
          insert: "new table as new_rows",
          delete: "old table as old_rows",
          update: "old table as old_rows new table as new_rows",
        }[operation];
        await sql.raw(`create function ${name}() returns trigger language plpgsql as $$ begin ${upsert}; return null; end $$`).execute(db);
        await sql
          .raw(
            `create trigger ${name} after ${operation} on ${counted.table} referencing ${transition} for each statement execute function ${name}()`,
          )
          .execute(db);
      } else {
        const upsert = upsertSql(counted, operation, (row) => ({ alias: row }));
        const event = operation === "update" ? `update of ${movingColumns(counted).join(", ")}` : operation;
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

/** One UPSERT adding the written rows' changes to every counter they are in, the list's total first. */
function upsertSql(counted: CountedTable, operation: Operation, written: (row: "new" | "old") => Written): string {
  const changes = [
    ...(operation === "insert" ? [] : changesOf(counted, written("old"), -1)),
    ...(operation === "delete" ? [] : changesOf(counted, written("new"), 1)),
  ];
  return `insert into list_counts (list, parent, parent_id, row_count)
    select '${counted.list}', parent, parent_id, sum(delta) from (${changes.join(" union all ")}) as change
    where parent_id is not null group by parent, parent_id having sum(delta) <> 0 or parent = '' order by parent, parent_id
    on conflict (list, parent, parent_id) do update set row_count = list_counts.row_count + excluded.row_count`;
}

/**
 * What written rows add to the counters, `sign` once per counter each is in: the total, each parent, and the parents
 * of the link rows that count through it (a statement's subjects follow its rank).
 */
function changesOf(counted: CountedTable, { alias, table }: Written, sign: number): string[] {
  const from = table ? ` from ${table} as ${alias}` : "";
  const counts = countsSql(counted, alias);
  const total = counted.inTotal ? `case when ${counts} then ${sign} else 0 end` : "0";
  const changes = [`select '' as parent, '' as parent_id, ${total} as delta${from}`];
  for (const [parent, column] of Object.entries(counted.parents)) {
    changes.push(`select '${parent}', ${alias}.${column}, ${sign}${from} where ${counts}`);
  }
  for (const link of linkedTables(counted)) {
    const through = `link.${link.linksTo?.column ?? ""} = ${alias}.id`;
    const links = table ? `${from} join ${link.table} as link on ${through} where` : ` from ${link.table} as link where ${through} and`;
    for (const [parent, column] of Object.entries(link.parents)) {
      changes.push(`select '${parent}', link.${column}, ${sign}${links} ${counts}`);
    }
  }
  return changes;
}
