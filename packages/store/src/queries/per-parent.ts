import { sql, type Kysely, type SelectQueryBuilder } from "kysely";
import type { Page } from "./keyset.js";

export interface FirstPageRequest {
  limit: number;
  order: "asc" | "desc";
}

/**
 * The first page of a list for each of many parents in one query — e.g. the newest 10 statements of each of
 * 50 speakers — with `row_number() over (partition by parent)`, which SQLite and PostgreSQL both have.
 * `qb` must already select the rows' columns, restricted to the parents; `parentColumn` names each row's parent.
 */
export async function firstPagePerParent<Row>(
  db: Kysely<any>,
  qb: SelectQueryBuilder<any, any, any>,
  table: string,
  parentColumn: string,
  parentIds: readonly string[],
  page: FirstPageRequest,
): Promise<Map<string, Page<Row>>> {
  const pages = new Map<string, Page<Row>>(parentIds.map((id) => [id, { rows: [], hasMore: false }]));
  if (parentIds.length === 0) return pages;
  const direction = sql.raw(page.order);
  const numbered = qb
    .select(sql.ref(parentColumn).as("parentId"))
    .select(
      sql<number>`row_number() over (partition by ${sql.ref(parentColumn)} order by ${sql.ref(`${table}.sortDate`)} ${direction}, ${sql.ref(`${table}.id`)} ${direction})`.as(
        "position",
      ),
    );
  const rows = await db
    .selectFrom(numbered.as("numbered"))
    .selectAll()
    .where("position", "<=", page.limit + 1)
    .orderBy("parentId")
    .orderBy("position")
    .execute();
  for (const { parentId, position, ...row } of rows as (Row & { parentId: string; position: number })[]) {
    const parentPage = pages.get(parentId)!;
    if (Number(position) > page.limit) parentPage.hasMore = true;
    else parentPage.rows.push(row as Row);
  }
  return pages;
}

/** How many rows each parent has, in one grouped query. */
export async function countPerParent(
  db: Kysely<any>,
  qb: SelectQueryBuilder<any, any, any>,
  parentColumn: string,
  parentIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(parentIds.map((id) => [id, 0]));
  if (parentIds.length === 0) return counts;
  const rows = await qb
    .select([sql.ref(parentColumn).as("parentId"), sql<number | string>`count(*)`.as("count")])
    .groupBy(sql.ref(parentColumn))
    .execute();
  for (const row of rows as { parentId: string; count: number | string }[]) counts.set(row.parentId, Number(row.count));
  return counts;
}
