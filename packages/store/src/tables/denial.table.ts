import type { Insertable, Selectable } from "kysely";

export interface DenialTable {
  id: string;
  denierId: string;
  /** Exactly one of the two targets is set (a CHECK constraint holds it). */
  targetStatementId: string | null;
  targetEventId: string | null;
  content: string;
  quote: string | null;
  cue: string | null;
  statedAt: string | null;
  statedEarliest: string | null;
  statedLatest: string | null;
  sortDate: string;
  note: string | null;
  createdAt: string;
  /** Who stored it: the name of the token that wrote it, or "import" / "seed". */
  createdBy: string;
  updatedAt: string;
}

export type DenialRow = Selectable<DenialTable>;
export type NewDenialRow = Insertable<DenialTable>;
