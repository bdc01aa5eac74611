import type { Insertable, Selectable } from "kysely";

export interface StatementTable {
  id: string;
  speakerId: string;
  content: string;
  quote: string | null;
  quoteType: string;
  speechAct: string;
  cue: string | null;
  hedge: string | null;
  /** PartialDate as JSON, with its bounds beside it for filtering. */
  statedAt: string | null;
  statedEarliest: string | null;
  statedLatest: string | null;
  /** Non-null sort key: the earliest known day, or "" when undated. */
  sortDate: string;
  occasionId: string | null;
  /** JSON array of strings. */
  topics: string;
  rank: "NORMAL" | "DEPRECATED";
  rankReason: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StatementAboutTable {
  statementId: string;
  actorId: string;
  position: number;
}

export type StatementRow = Selectable<StatementTable>;
export type NewStatementRow = Insertable<StatementTable>;
export type StatementAboutRow = Selectable<StatementAboutTable>;
