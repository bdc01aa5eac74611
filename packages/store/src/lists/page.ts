/** A position in a list: its sort value (a date, a name, a relevance score) and the record's id, which breaks ties. */
export type SortKey = readonly [sortValue: string | number, id: string];

export interface PageRequest {
  /** How many rows the caller wants; one more is fetched to learn whether more follow. */
  limit: number;
  /** Rows after this key, in list order. */
  after?: SortKey | null;
  /** Rows before this key, in list order. */
  before?: SortKey | null;
  /** Take the last `limit` rows (before `before`) rather than the first. */
  fromEnd?: boolean;
  /** List order: "desc" is newest (or most relevant) first. */
  order: "asc" | "desc";
}

export interface Page<Record> {
  /** The page's records in list order, each with its key (what a cursor encodes). */
  items: { record: Record; key: SortKey }[];
  /** More rows lie beyond the page, in the direction it was read. */
  hasMore: boolean;
}
