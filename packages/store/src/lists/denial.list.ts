import type { Kysely } from "kysely";
import { decodeDenial, type DenialRecord } from "../records/denial.record.js";
import { holdsEveryTerm, matchText, type TextMatch } from "../search/text-match.js";
import type { Database } from "../tables/database.js";
import { emptyGuard, overlaps, storedAfter, unfiltered, type DayRange } from "./conditions.js";
import type { AnyExpressionBuilder, ListDefinition } from "./list-definition.js";

/** Conditions on denials; all given must hold. Target ids are statement or event slugs. */
export interface DenialQuery {
  denierIds?: readonly string[] | null;
  targetStatementIds?: readonly string[] | null;
  targetEventIds?: readonly string[] | null;
  statedIn?: DayRange | null;
  /** Every word of it (stemmed), in the denial's words or its denier's names. */
  text?: string | null;
  /** Stored after this denial (by time stored, then id): where a reader who saw it picks up again. */
  addedAfter?: string | null;
  /** Only these denials (to test whether one matches a filter). */
  ids?: readonly string[] | null;
}

/** What a denial list can hang off: the actor who denies, or the statement or event denied. */
export type DenialParent = "denier" | "targetStatement" | "targetEvent";

interface Prepared {
  query: DenialQuery;
  text: TextMatch | null;
}

const PARENT_COLUMNS: Record<DenialParent, string> = {
  denier: "denials.denierId",
  targetStatement: "denials.targetStatementId",
  targetEvent: "denials.targetEventId",
};

export const denialList: ListDefinition<DenialQuery, Prepared, DenialRecord, DenialParent> = {
  async prepare(db, query) {
    return { query, text: query.text != null ? await matchText(db, query.text) : null };
  },
  select: (db: Kysely<Database>) => db.selectFrom("denials").selectAll("denials").select("denials.sortDate as sortValue"),
  where({ query, text }, wanted) {
    return (eb: AnyExpressionBuilder) => {
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
      if (text) conditions.push(holdsEveryTerm(text, "Denial", "denials.id", wanted));
      if (query.addedAfter) conditions.push(storedAfter("denials", query.addedAfter));
      if (query.ids) conditions.push(eb("denials.id", "in", emptyGuard(query.ids)));
      return eb.and(conditions);
    };
  },
  parentColumn: (parent) => PARENT_COLUMNS[parent],
  sortColumn: () => "denials.sortDate",
  idColumn: "denials.id",
  numericSort: () => false,
  // A denial has one denier, so deniers' counters add up; other conditions are counted.
  counter: ({ denierIds, ...others }) =>
    !unfiltered(others) ? null : denierIds ? { list: "denials", parents: { kind: "denier", ids: denierIds } } : { list: "denials" },
  decode: decodeDenial,
};
