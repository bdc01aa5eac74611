import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { ActorRow } from "../tables/actor.table.js";
import type { Database } from "../tables/database.js";
import { keysetPage, toPage, type Page, type PageRequest } from "./keyset.js";
import { emptyGuard, escapeLike } from "./statement.queries.js";

/** Conditions on actors; all given must hold. */
export interface ActorQuery {
  kinds?: readonly string[] | null;
  /** Name or alias contains this, case-insensitively. */
  text?: string | null;
}

function whereActors(query: ActorQuery) {
  return (eb: ExpressionBuilder<Database, "actors">) => {
    const conditions = [];
    if (query.kinds) conditions.push(eb("actors.kind", "in", emptyGuard(query.kinds)));
    if (query.text) {
      conditions.push(sql<boolean>`${sql.ref("actors.searchName")} like ${`%${escapeLike(query.text.toLowerCase())}%`} escape '\\'`);
    }
    return eb.and(conditions);
  };
}

/** One page of actors in (name, id) order. */
export async function findActors(db: Kysely<Database>, query: ActorQuery, page: PageRequest): Promise<Page<ActorRow>> {
  const rows = await keysetPage(db.selectFrom("actors").selectAll().where(whereActors(query)), "actors", page, "name").execute();
  return toPage(rows, page);
}

/** How many actors match `query`. */
export async function countActors(db: Kysely<Database>, query: ActorQuery): Promise<number> {
  const { count } = await db
    .selectFrom("actors")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where(whereActors(query))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Actors by id; missing ids are simply absent. */
export async function getActors(db: Kysely<Database>, ids: readonly string[]): Promise<ActorRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("actors").selectAll().where("id", "in", ids).execute();
}
