import type { Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { SourceRow } from "../tables/source.table.js";
import { keysetPage, toPage, type Page, type PageRequest } from "./keyset.js";

/** Sources by id; missing ids are simply absent. */
export async function getSources(db: Kysely<Database>, ids: readonly string[]): Promise<SourceRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("sources").selectAll().where("id", "in", ids).execute();
}

/** One page of sources in (title, id) order. */
export async function findSources(db: Kysely<Database>, page: PageRequest): Promise<Page<SourceRow>> {
  return toPage(await keysetPage(db.selectFrom("sources").selectAll(), "sources", page, "title").execute(), page);
}

/** How many sources are stored. */
export async function countSources(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom("sources")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(count);
}
