import type { Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { SourceRow } from "../tables/source.table.js";

/** Sources by id; missing ids are simply absent. */
export async function getSources(db: Kysely<Database>, ids: readonly string[]): Promise<SourceRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("sources").selectAll().where("id", "in", ids).execute();
}

/** Every source, by title; sources are few (one per imported document). */
export async function listSources(db: Kysely<Database>): Promise<SourceRow[]> {
  return db.selectFrom("sources").selectAll().orderBy("title").orderBy("id").execute();
}
