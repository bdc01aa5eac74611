import { sql, type Kysely } from "kysely";

/** Resolves when the database answers a trivial query; rejects when it cannot be reached. */
export async function ping(db: Kysely<any>): Promise<void> {
  await sql`select 1`.execute(db);
}
