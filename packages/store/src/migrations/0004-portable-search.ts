import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect.js";
import { SEARCHABLE_TYPES } from "../domain/enums.js";
import { rebuildSearchIndex } from "../search/index-records.js";
import type { Database } from "../tables/database.js";

/**
 * One full-text index for both dialects, replacing FTS5 (SQLite) and tsvector (PostgreSQL), which tokenised, dropped
 * stopwords, stemmed and ranked differently: `search("the")` found 28 hits on one and 0 on the other. Claimline now
 * analyses text itself (src/search/analyzer.ts) and stores each record's terms with integer BM25 weights, so the hit
 * sets, their order and their snippets are the same wherever it runs. Denials are indexed too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === "postgres") {
    for (const table of ["statements", "actors", "events"]) {
      await sql`alter table ${sql.table(table)} drop column search_vector`.execute(db);
    }
  } else {
    for (const table of ["statements", "actors", "events"]) {
      for (const op of ["insert", "update", "delete"]) await sql`drop trigger if exists ${sql.id(`${table}_search_${op}`)}`.execute(db);
    }
    await sql`drop table if exists search_index`.execute(db);
  }

  await db.schema
    .createTable("search_terms")
    .addColumn("term", "text", (c) => c.notNull())
    .addColumn("record_type", "text", (c) =>
      c.notNull().check(sql.raw(`record_type in (${SEARCHABLE_TYPES.map((t) => `'${t}'`).join(", ")})`)),
    )
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("weight", "integer", (c) => c.notNull().check(sql`weight > 0`))
    .addPrimaryKeyConstraint("search_terms_pk", ["term", "record_type", "record_id"])
    .execute();
  await db.schema.createIndex("search_terms_record").on("search_terms").columns(["record_type", "record_id"]).execute();
  await db.schema
    .createTable("search_stats")
    .addColumn("term", "text", (c) => c.primaryKey())
    .addColumn("documents", "integer", (c) => c.notNull().check(sql`documents >= 0`))
    .execute();

  await rebuildSearchIndex(db as Kysely<Database>);
}
