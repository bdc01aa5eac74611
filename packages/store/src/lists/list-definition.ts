import type { Expression, ExpressionBuilder, Kysely, SelectQueryBuilder, SqlBool } from "kysely";
import type { CounterQuery } from "../counters/counted-tables.js";
import type { Database } from "../tables/database.js";

/** Any select over the store's tables; lists build them from parts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parts join different tables per list and parent
export type AnySelect = SelectQueryBuilder<any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export type AnyExpressionBuilder = ExpressionBuilder<any, any>;

/**
 * What makes one kind of list (statements, denials, events, actors, sources): everything the one list pipeline
 * needs to page, batch and count it under any filter and any parent. A parent is just one more condition,
 * ANDed with the filter on every page.
 */
export interface ListDefinition<Filter, Prepared, Record, Parent extends string> {
  /** The filter in SQL terms, once per batch (e.g. text analysed and weighed against the index). */
  prepare(db: Kysely<Database>, filter: Filter): Promise<Prepared>;
  /**
   * The list's rows for one parent kind (or none): the table's columns plus `sortValue`, with whatever joins the
   * parent or a relevance order needs. `ranked` lists sort by relevance instead of their own sort column.
   */
  select(db: Kysely<Database>, prepared: Prepared, parent: Parent | null, ranked: boolean): AnySelect;
  /**
   * The filter's conditions, for a query that stops after `wanted` matching rows (a page's size plus one; a count:
   * `Infinity`), which decides how a text filter reads its terms.
   */
  where(prepared: Prepared, wanted: number): (eb: AnyExpressionBuilder) => Expression<SqlBool>;
  /** The column naming each row's parent of this kind, e.g. `statements.speakerId`. */
  parentColumn(parent: Parent): string;
  /** What the list sorts by (`ranked`: relevance), and the record id that breaks ties. */
  sortColumn(ranked: boolean): string;
  idColumn: string;
  /** True when the sort value is a number (relevance), which some drivers return as text. */
  numericSort(ranked: boolean): boolean;
  decode(row: never): Record;
  /**
   * The maintained counters (`list_counts`) that hold this filter's count, or null when the filter narrows the list
   * in a way no counter follows and the rows must be counted (up to `COUNT_BOUND`): the list's own for no filter
   * beyond its default, some parents' for a filter that only names them (`speakerIds: [...]`).
   */
  counter(filter: Filter): CounterQuery | null;
}
