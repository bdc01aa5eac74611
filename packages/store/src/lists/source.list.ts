import type { Kysely } from "kysely";
import { decodeSource, type SourceRecord } from "../records/source.record.js";
import type { Database } from "../tables/database.js";
import type { AnyExpressionBuilder, ListDefinition } from "./list-definition.js";

/** Sources by title; no filter and no parent yet. */
export type SourceQuery = Record<string, never>;

export const sourceList: ListDefinition<SourceQuery, SourceQuery, SourceRecord, never> = {
  prepare: (_db, query) => Promise.resolve(query),
  select: (db: Kysely<Database>) => db.selectFrom("sources").selectAll("sources").select("sources.title as sortValue"),
  where: () => (eb: AnyExpressionBuilder) => eb.and([]),
  parentColumn: () => "sources.id",
  sortColumn: () => "sources.title",
  idColumn: "sources.id",
  numericSort: () => false,
  counter: () => ({ list: "sources" }),
  decode: decodeSource,
};
