import type { Selectable } from "kysely";
import type { SearchableType } from "../domain/enums.js";

/** The full-text index: one row per (analysed term, record), weighted by where and how often the term occurs. */
export interface SearchTermTable {
  term: string;
  recordType: SearchableType;
  recordId: string;
  /** BM25 term weight × 1000, an integer so that every dialect ranks identically. */
  weight: number;
}

/** How many records each term occurs in (for its rarity); the empty term counts every indexed record. */
export interface SearchStatTable {
  term: string;
  documents: number;
}

export type SearchTermRow = Selectable<SearchTermTable>;
