import { sql, type Kysely } from "kysely";

/** Sources, actors, events, statements, denials and their evidence spans, with an index for every filter and sort. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("sources")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("publisher", "text")
    .addColumn("url", "text")
    .addColumn("published_at", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("actors")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull().check(sql`type in ('Person', 'Organization')`))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("aliases", "text", (c) => c.notNull())
    .addColumn("search_name", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("country", "text")
    .addColumn("roles", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("actors_kind_name").on("actors").columns(["kind", "name", "id"]).execute();
  await db.schema.createIndex("actors_name").on("actors").columns(["name", "id"]).execute();

  await db.schema
    .createTable("events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("start_date", "text")
    .addColumn("start_earliest", "text")
    .addColumn("start_latest", "text")
    .addColumn("end_date", "text")
    .addColumn("end_earliest", "text")
    .addColumn("end_latest", "text")
    .addColumn("earliest", "text")
    .addColumn("latest", "text")
    .addColumn("sort_date", "text", (c) => c.notNull())
    .addColumn("location", "text")
    .addColumn("part_of_id", "text", (c) => c.references("events.id"))
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_sort").on("events").columns(["sort_date", "id"]).execute();
  await db.schema.createIndex("events_status_sort").on("events").columns(["status", "sort_date", "id"]).execute();
  await db.schema.createIndex("events_type_sort").on("events").columns(["type", "sort_date", "id"]).execute();
  await db.schema.createIndex("events_part_of").on("events").column("part_of_id").execute();

  await db.schema
    .createTable("event_participants")
    .addColumn("event_id", "text", (c) => c.notNull().references("events.id"))
    .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
    .addColumn("role", "text")
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("event_participants_pk", ["event_id", "actor_id"])
    .execute();
  await db.schema.createIndex("event_participants_actor").on("event_participants").columns(["actor_id", "event_id"]).execute();

  await db.schema
    .createTable("statements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("speaker_id", "text", (c) => c.notNull().references("actors.id"))
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("quote", "text")
    .addColumn("quote_type", "text", (c) => c.notNull())
    .addColumn("speech_act", "text", (c) => c.notNull())
    .addColumn("cue", "text")
    .addColumn("hedge", "text")
    .addColumn("stated_at", "text")
    .addColumn("stated_earliest", "text")
    .addColumn("stated_latest", "text")
    .addColumn("sort_date", "text", (c) => c.notNull())
    .addColumn("occasion_id", "text", (c) => c.references("events.id"))
    .addColumn("topics", "text", (c) => c.notNull())
    .addColumn("rank", "text", (c) => c.notNull().check(sql`rank in ('NORMAL', 'DEPRECATED')`))
    .addColumn("rank_reason", "text")
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("statements_sort").on("statements").columns(["sort_date", "id"]).execute();
  await db.schema.createIndex("statements_speaker_sort").on("statements").columns(["speaker_id", "sort_date", "id"]).execute();
  await db.schema.createIndex("statements_occasion_sort").on("statements").columns(["occasion_id", "sort_date", "id"]).execute();
  await db.schema.createIndex("statements_speech_act_sort").on("statements").columns(["speech_act", "sort_date", "id"]).execute();

  await db.schema
    .createTable("statement_about")
    .addColumn("statement_id", "text", (c) => c.notNull().references("statements.id"))
    .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("statement_about_pk", ["statement_id", "actor_id"])
    .execute();
  await db.schema.createIndex("statement_about_actor").on("statement_about").columns(["actor_id", "statement_id"]).execute();

  await db.schema
    .createTable("denials")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("denier_id", "text", (c) => c.notNull().references("actors.id"))
    .addColumn("target_statement_id", "text", (c) => c.references("statements.id"))
    .addColumn("target_event_id", "text", (c) => c.references("events.id"))
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("quote", "text")
    .addColumn("cue", "text")
    .addColumn("stated_at", "text")
    .addColumn("stated_earliest", "text")
    .addColumn("stated_latest", "text")
    .addColumn("sort_date", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint("denials_one_target", sql`(target_statement_id is null) <> (target_event_id is null)`)
    .execute();
  await db.schema.createIndex("denials_sort").on("denials").columns(["sort_date", "id"]).execute();
  await db.schema.createIndex("denials_denier_sort").on("denials").columns(["denier_id", "sort_date", "id"]).execute();
  await db.schema.createIndex("denials_target_statement").on("denials").columns(["target_statement_id", "sort_date", "id"]).execute();
  await db.schema.createIndex("denials_target_event").on("denials").columns(["target_event_id", "sort_date", "id"]).execute();

  await db.schema
    .createTable("evidence")
    .addColumn("record_type", "text", (c) => c.notNull())
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.notNull().references("sources.id"))
    .addColumn("span_start", "integer", (c) => c.notNull())
    .addColumn("span_end", "integer", (c) => c.notNull())
    .addColumn("exact", "text", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("suffix", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("evidence_pk", ["record_type", "record_id", "position"])
    .addCheckConstraint("evidence_span_order", sql`span_start >= 0 and span_end > span_start`)
    .execute();
  await db.schema.createIndex("evidence_source").on("evidence").columns(["source_id", "span_start"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["evidence", "denials", "statement_about", "statements", "event_participants", "events", "actors", "sources"]) {
    await db.schema.dropTable(table).execute();
  }
}
