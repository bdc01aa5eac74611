import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { DenialRow } from "../tables/denial.table.js";
import { overlaps, type DayRange } from "./date-overlap.js";
import { keysetPage, toPage, type Page, type PageRequest } from "./keyset.js";
import { countPerParent, firstPagePerParent, type FirstPageRequest } from "./per-parent.js";
import { emptyGuard } from "./statement.queries.js";

/** Conditions on denials; all given must hold. Target ids are statement or event slugs. */
export interface DenialQuery {
  denierIds?: readonly string[] | null;
  targetStatementIds?: readonly string[] | null;
  targetEventIds?: readonly string[] | null;
  statedIn?: DayRange | null;
}

function whereDenials(query: DenialQuery) {
  return (eb: ExpressionBuilder<Database, "denials">) => {
    const conditions = [];
    if (query.denierIds) conditions.push(eb("denials.denierId", "in", emptyGuard(query.denierIds)));
    if (query.targetStatementIds || query.targetEventIds) {
      conditions.push(
        eb.or([
          eb("denials.targetStatementId", "in", emptyGuard(query.targetStatementIds ?? [])),
          eb("denials.targetEventId", "in", emptyGuard(query.targetEventIds ?? [])),
        ]),
      );
    }
    if (query.statedIn) conditions.push(overlaps("denials.statedEarliest", "denials.statedLatest", query.statedIn));
    return eb.and(conditions);
  };
}

/** One page of denials matching `query`, in (sortDate, id) order. */
export async function findDenials(db: Kysely<Database>, query: DenialQuery, page: PageRequest): Promise<Page<DenialRow>> {
  const rows = await keysetPage(db.selectFrom("denials").selectAll("denials").where(whereDenials(query)), "denials", page).execute();
  return toPage(rows, page);
}

/** What a denial list can belong to: the actor who denies, or the event denied. */
export type DenialParent = "denier" | "targetEvent";

function denialsOfParents(db: Kysely<Database>, parent: DenialParent, parentIds: readonly string[], query: DenialQuery) {
  const column = parent === "denier" ? "denials.denierId" : "denials.targetEventId";
  return { column, qb: db.selectFrom("denials").where(whereDenials(query)).where(column, "in", parentIds) };
}

/** The first page of denials for each parent, in one query. */
export function findDenialsOfParents(
  db: Kysely<Database>,
  parent: DenialParent,
  parentIds: readonly string[],
  query: DenialQuery,
  page: FirstPageRequest,
) {
  const { column, qb } = denialsOfParents(db, parent, parentIds, query);
  return firstPagePerParent<DenialRow>(db, qb.selectAll("denials"), "denials", column, parentIds, page);
}

/** How many denials match `query` for each parent, in one query. */
export function countDenialsOfParents(db: Kysely<Database>, parent: DenialParent, parentIds: readonly string[], query: DenialQuery) {
  const { column, qb } = denialsOfParents(db, parent, parentIds, query);
  return countPerParent(db, qb, column, parentIds);
}

/** How many denials match `query`. */
export async function countDenials(db: Kysely<Database>, query: DenialQuery): Promise<number> {
  const { count } = await db
    .selectFrom("denials")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where(whereDenials(query))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Denials by id; missing ids are simply absent. */
export async function getDenials(db: Kysely<Database>, ids: readonly string[]): Promise<DenialRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("denials").selectAll().where("id", "in", ids).execute();
}

/** Every denial of any of these statements or events, oldest first. */
export async function getDenialsOfTargets(
  db: Kysely<Database>,
  target: "statement" | "event",
  ids: readonly string[],
): Promise<DenialRow[]> {
  if (ids.length === 0) return [];
  const column = target === "statement" ? "targetStatementId" : "targetEventId";
  return db.selectFrom("denials").selectAll().where(column, "in", ids).orderBy("sortDate").orderBy("id").execute();
}
