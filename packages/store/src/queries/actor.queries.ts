import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { ActorRow } from "../tables/actor.table.js";
import type { Database } from "../tables/database.js";
import { emptyGuard, escapeLike } from "./statement.queries.js";

/** Conditions on actors; all given must hold. */
export interface ActorQuery {
  kinds?: readonly string[] | null;
  /** Name or alias contains this, case-insensitively. */
  text?: string | null;
}

export interface ActorPageRequest {
  limit: number;
  /** Rows after this (name, id) key. */
  after?: readonly [name: string, id: string] | null;
  before?: readonly [name: string, id: string] | null;
  fromEnd?: boolean;
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
export async function findActors(db: Kysely<Database>, query: ActorQuery, page: ActorPageRequest) {
  const beyond = (key: readonly [string, string], op: ">" | "<") =>
    sql<boolean>`(${sql.ref("actors.name")} ${sql.raw(op)} ${key[0]} or (${sql.ref("actors.name")} = ${key[0]} and ${sql.ref("actors.id")} ${sql.raw(op)} ${key[1]}))`;
  let q = db.selectFrom("actors").selectAll().where(whereActors(query));
  if (page.after) q = q.where(beyond(page.after, ">"));
  if (page.before) q = q.where(beyond(page.before, "<"));
  const direction = page.fromEnd ? "desc" : "asc";
  const rows = await q.orderBy("actors.name", direction).orderBy("actors.id", direction).limit(page.limit + 1).execute();
  const hasMore = rows.length > page.limit;
  const kept = hasMore ? rows.slice(0, page.limit) : rows;
  return { rows: page.fromEnd ? kept.reverse() : kept, hasMore };
}

/** How many actors match `query`. */
export async function countActors(db: Kysely<Database>, query: ActorQuery): Promise<number> {
  const { count } = await db.selectFrom("actors").select((eb) => eb.fn.countAll<string | number>().as("count")).where(whereActors(query)).executeTakeFirstOrThrow();
  return Number(count);
}

/** Actors by id; missing ids are simply absent. */
export async function getActors(db: Kysely<Database>, ids: readonly string[]): Promise<ActorRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("actors").selectAll().where("id", "in", ids).execute();
}
