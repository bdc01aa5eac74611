import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect.js";

/** The statement's columns each `statement_about` row carries, so that "about X in 2010" never leaves its index. */
const COPIED = ["rank", "sort_date", "stated_earliest", "stated_latest"] as const;
const INDEX = "statement_about_actor_rank_sort";

/**
 * Statements about an actor within a date range ("what was said about Putin in 2010") read every NORMAL statement
 * dated before the range's end and tested it against the actor's statements: the range cannot seek from its start,
 * since a stated range may begin before it and still overlap. 200 ms at 1M for the top actor. Each subject row now
 * carries its statement's rank and dates, indexed by (actor, rank, sort_date), so the filter reads only that actor's
 * rows before the range's end, from the index alone. Triggers keep the copies equal to the statement's columns in
 * every write: when a subject row is inserted, and when a statement's rank or dates change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of COPIED) await db.schema.alterTable("statement_about").addColumn(column, "text").execute();
  await sql
    .raw(
      `update statement_about set ${COPIED.map((c) => `${c} = s.${c}`).join(", ")} from statements s where s.id = statement_about.statement_id`,
    )
    .execute(db);
  await db.schema
    .createIndex(INDEX)
    .on("statement_about")
    .columns(["actor_id", "rank", "sort_date", "statement_id", "stated_earliest", "stated_latest"])
    .execute();
  const set = COPIED.map((c) => `${c} = s.${c}`).join(", ");
  if (dialectOf(db) === "postgres") {
    // Once per SQL statement over its rows (a bulk import inserts thousands in one statement). PostgreSQL refuses
    // transition tables on a trigger limited to some columns, so the update trigger compares the copied columns.
    await sql
      .raw(
        `create function statement_about_copy_dates() returns trigger language plpgsql as $$ begin
          update statement_about a set ${set} from new_rows n join statements s on s.id = n.statement_id
          where a.statement_id = n.statement_id and a.actor_id = n.actor_id; return null; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger statement_about_copy_dates after insert on statement_about referencing new table as new_rows
          for each statement execute function statement_about_copy_dates()`,
      )
      .execute(db);
    await sql
      .raw(
        `create function statements_dates_to_subjects() returns trigger language plpgsql as $$ begin
          update statement_about a set ${set} from new_rows s join old_rows o on o.id = s.id
          where a.statement_id = s.id and (${COPIED.map((c) => `s.${c} is distinct from o.${c}`).join(" or ")}); return null; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger statements_dates_to_subjects after update on statements referencing old table as old_rows
          new table as new_rows for each statement execute function statements_dates_to_subjects()`,
      )
      .execute(db);
  } else {
    await sql
      .raw(
        `create trigger statement_about_copy_dates after insert on statement_about for each row begin
          update statement_about set ${COPIED.map((c) => `${c} = (select ${c} from statements where id = new.statement_id)`).join(", ")}
          where statement_id = new.statement_id and actor_id = new.actor_id; end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger statements_dates_to_subjects after update of ${COPIED.join(", ")} on statements for each row begin
          update statement_about set ${COPIED.map((c) => `${c} = new.${c}`).join(", ")} where statement_id = new.id; end`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  for (const trigger of [
    ["statement_about_copy_dates", "statement_about"],
    ["statements_dates_to_subjects", "statements"],
  ] as const) {
    await sql.raw(`drop trigger ${trigger[0]}${postgres ? ` on ${trigger[1]}` : ""}`).execute(db);
    if (postgres) await sql.raw(`drop function ${trigger[0]}()`).execute(db);
  }
  await db.schema.dropIndex(INDEX).execute();
  for (const column of COPIED) await db.schema.alterTable("statement_about").dropColumn(column).execute();
}
