import { sql, type Kysely } from "kysely";
import type { Database } from "../tables/database.js";

/** Resolves when the database answers a trivial query; rejects when it cannot be reached. */
export async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
