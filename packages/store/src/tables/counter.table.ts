import type { Selectable } from "kysely";

/**
 * How many rows each unfiltered list holds, under each parent: `("statements", "speaker", "donald-trump")`, or the
 * whole list with parent and parentId "". Kept by triggers in every write transaction (see `counters/`).
 */
export interface ListCountTable {
  /** The list's name: statements, denials, events, actors or sources. */
  list: string;
  /** The parent kind, as the list names it (`speaker`, `about`, `denier`…); "" for the whole list. */
  parent: string;
  parentId: string;
  rowCount: number;
}

export type ListCountRow = Selectable<ListCountTable>;
