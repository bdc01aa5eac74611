import type { Kysely } from "kysely";
import type { ActorKindValue } from "../domain/enums.js";
import { decodeActor, type ActorRecord } from "../records/actor.record.js";
import type { Database } from "../tables/database.js";
import { containsText, emptyGuard, unfiltered } from "./conditions.js";
import type { AnyExpressionBuilder, ListDefinition } from "./list-definition.js";

/** Conditions on actors; all given must hold. */
export interface ActorQuery {
  kinds?: readonly ActorKindValue[] | null;
  /** Name or alias contains this, case-insensitively. */
  text?: string | null;
}

/** Actors by name; a list of its own, with no parent. */
export const actorList: ListDefinition<ActorQuery, ActorQuery, ActorRecord, never> = {
  prepare: (_db, query) => Promise.resolve(query),
  select: (db: Kysely<Database>) => db.selectFrom("actors").selectAll("actors").select("actors.name as sortValue"),
  where(query) {
    return (eb: AnyExpressionBuilder) => {
      const conditions = [];
      if (query.kinds) conditions.push(eb("actors.kind", "in", emptyGuard(query.kinds)));
      if (query.text) conditions.push(containsText("actors.searchName", query.text));
      return eb.and(conditions);
    };
  },
  parentColumn: () => "actors.id",
  sortColumn: () => "actors.name",
  idColumn: "actors.id",
  numericSort: () => false,
  counter: (query) => (unfiltered(query) ? { list: "actors" } : null),
  decode: decodeActor,
};
