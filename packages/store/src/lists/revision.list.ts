import type { Kysely } from "kysely";
import { decodeRevision, type RevisionRecord } from "../records/revision.record.js";
import type { Database } from "../tables/database.js";
import type { AnyExpressionBuilder, ListDefinition } from "./list-definition.js";

/** Revisions have no filter: a record's history, newest first. */
export type RevisionQuery = Record<string, never>;

/** The updates of a record (its global id, `Statement:…`), by revision number. */
export const revisionList: ListDefinition<RevisionQuery, RevisionQuery, RevisionRecord, "record"> = {
  prepare: (_db, query) => Promise.resolve(query),
  select: (db: Kysely<Database>) => db.selectFrom("revisions").selectAll("revisions").select("revisions.revision as sortValue"),
  where: () => (eb: AnyExpressionBuilder) => eb.and([]),
  parentColumn: () => "revisions.recordKey",
  sortColumn: () => "revisions.revision",
  idColumn: "revisions.recordKey",
  numericSort: () => true,
  // A record has a handful of revisions: counting them is cheap, so no counter is kept.
  counter: () => null,
  decode: decodeRevision,
};
