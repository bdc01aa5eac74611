import { CompiledQuery, type Kysely } from "kysely";
import { dialectOf } from "../dialect.js";
import type { Database } from "../tables/database.js";

/** Tables holding fewer rows than this have their secondary indexes rebuilt after a bulk load instead of kept. */
const NEARLY_EMPTY = 10_000;

interface IndexDefinition {
  name: string;
  sql: string;
}

/**
 * Runs `work` with the secondary indexes of these tables dropped, when a table is nearly empty, and builds them
 * again afterwards, in the same transaction: an index built once from all its rows (a sort) costs a fraction of
 * one updated row by row. Primary keys and unique constraints stay (conflicts and references are checked against
 * them). A table that already holds data keeps its indexes, so a small bulk import into a large database never
 * rebuilds them. On PostgreSQL dropping an index locks its table until the transaction ends.
 * Example: `await withIndexesDeferred(trx, ["statements", "evidence"], () => load(trx))`.
 */
export async function withIndexesDeferred<T>(trx: Kysely<Database>, tables: readonly string[], work: () => Promise<T>): Promise<T> {
  const deferred: IndexDefinition[] = [];
  for (const table of tables) {
    if (!(await nearlyEmpty(trx, table))) continue;
    for (const index of await secondaryIndexes(trx, table)) {
      await run(trx, `drop index ${quote(index.name)}`);
      deferred.push(index);
    }
  }
  const result = await work();
  for (const index of deferred) await run(trx, index.sql);
  return result;
}

async function nearlyEmpty(trx: Kysely<Database>, table: string): Promise<boolean> {
  const { rows } = await trx.executeQuery<{ n: number | string }>(
    CompiledQuery.raw(`select count(*) as n from (select 1 from ${quote(table)} limit ${NEARLY_EMPTY}) as t`),
  );
  return Number(rows[0]?.n ?? 0) < NEARLY_EMPTY;
}

async function secondaryIndexes(trx: Kysely<Database>, table: string): Promise<IndexDefinition[]> {
  const query =
    dialectOf(trx) === "postgres"
      ? CompiledQuery.raw(
          `select indexname as name, indexdef as sql from pg_indexes where schemaname = current_schema() and tablename = $1
           and indexname not in (select conname from pg_constraint where conrelid = $1::regclass)`,
          [table],
        )
      : // Indexes SQLite made for a primary key or unique constraint have no SQL of their own.
        CompiledQuery.raw(`select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null`, [table]);
  return (await trx.executeQuery<IndexDefinition>(query)).rows;
}

async function run(trx: Kysely<Database>, statement: string): Promise<void> {
  await trx.executeQuery(CompiledQuery.raw(statement));
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
