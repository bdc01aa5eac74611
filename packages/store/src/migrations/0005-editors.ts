import { sql, type Kysely } from "kysely";

/** Roles a token may carry; readers need no token at all. */
const ROLES = ["reader", "editor", "admin"] as const;

/**
 * What editors need: API tokens (only a hash of each secret is kept), who created each record and when it last
 * changed, and a revision for every update holding the version it replaced — nothing is ever overwritten
 * without a trace. Records stored before this migration were all imported, and say so.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql.raw(`role in (${ROLES.map((r) => `'${r}'`).join(", ")})`)))
    .addColumn("secret_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();

  await db.schema
    .createTable("revisions")
    .addColumn("record_key", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull().check(sql`revision >= 2`))
    .addColumn("changed_at", "text", (c) => c.notNull())
    .addColumn("changed_by", "text", (c) => c.notNull())
    .addColumn("changes", "text", (c) => c.notNull())
    .addColumn("previous", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("revisions_pk", ["record_key", "revision"])
    .execute();

  // The hash of the whole document a source was imported with: the same import again is a no-op, another is a CONFLICT.
  await db.schema.alterTable("sources").addColumn("document_hash", "text").execute();
  for (const table of ["sources", "actors", "events", "statements", "denials"]) {
    await db.schema
      .alterTable(table)
      .addColumn("created_by", "text", (c) => c.notNull().defaultTo("import"))
      .execute();
    if (table !== "statements") {
      await db.schema
        .alterTable(table)
        .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(""))
        .execute();
      await sql`update ${sql.table(table)} set updated_at = created_at`.execute(db);
    }
  }
}
