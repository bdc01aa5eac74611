import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect.js";

/**
 * Full-text search kept in step with the records by the database itself:
 * on SQLite an FTS5 table fed by triggers, on PostgreSQL generated tsvector columns with GIN indexes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === "postgres") {
    await sql`alter table statements add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', coalesce(quote, '')), 'A') ||
      setweight(to_tsvector('english', content), 'B') ||
      setweight(to_tsvector('english', coalesce(cue, '')), 'C')) stored`.execute(db);
    await sql`alter table actors add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', name || ' ' || aliases), 'A') ||
      setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored`.execute(db);
    await sql`alter table events add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', coalesce(description, '')), 'B')) stored`.execute(db);
    for (const table of ["statements", "actors", "events"]) {
      await sql`create index ${sql.id(`${table}_search`)} on ${sql.table(table)} using gin (search_vector)`.execute(db);
    }
    return;
  }

  await sql`create virtual table search_index using fts5(
    record_type unindexed, record_id unindexed, title, body, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
  // Each feed says what one table contributes to the index, for a row alias (`new` or `old`).
  const feeds = [
    {
      table: "statements",
      type: "Statement",
      columns: (r: string) => `coalesce(${r}.quote, ''), ${r}.content || ' ' || coalesce(${r}.cue, '')`,
    },
    {
      table: "actors",
      type: "Actor",
      columns: (r: string) => `${r}.name || ' ' || ${aliasesAsText(`${r}.aliases`)}, coalesce(${r}.description, '')`,
    },
    { table: "events", type: "Event", columns: (r: string) => `${r}.title, coalesce(${r}.description, '')` },
  ];
  for (const { table, type, columns } of feeds) {
    const insert = `insert into search_index (record_type, record_id, title, body) values ('${type}', new.id, ${columns("new")});`;
    const remove = `delete from search_index where record_type = '${type}' and record_id = old.id;`;
    await sql.raw(`create trigger ${table}_search_insert after insert on ${table} begin ${insert} end`).execute(db);
    await sql.raw(`create trigger ${table}_search_update after update on ${table} begin ${remove} ${insert} end`).execute(db);
    await sql.raw(`create trigger ${table}_search_delete after delete on ${table} begin ${remove} end`).execute(db);
  }
}

/** The aliases JSON array as plain words, so snippets show no brackets or quotes. */
function aliasesAsText(column: string): string {
  return `replace(replace(replace(replace(${column}, '","', ' · '), '["', ''), '"]', ''), '[]', '')`;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === "postgres") {
    for (const table of ["statements", "actors", "events"]) {
      await sql`alter table ${sql.table(table)} drop column search_vector`.execute(db);
    }
    return;
  }
  for (const table of ["statements", "actors", "events"]) {
    for (const op of ["insert", "update", "delete"]) {
      await sql`drop trigger ${sql.id(`${table}_search_${op}`)}`.execute(db);
    }
  }
  await sql`drop table search_index`.execute(db);
}
