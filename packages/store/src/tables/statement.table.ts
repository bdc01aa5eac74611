import type { ColumnType, Insertable, Selectable } from "kysely";
import type { QuoteTypeValue, RankValue, SpeechActValue } from "../domain/enums.js";

export interface StatementTable {
  id: string;
  speakerId: string;
  content: string;
  quote: string | null;
  quoteType: QuoteTypeValue;
  speechAct: SpeechActValue;
  cue: string | null;
  hedge: string | null;
  /** PartialDate as JSON, with its bounds beside it for filtering; decoded by `decodeStatement`. */
  statedAt: string | null;
  statedEarliest: string | null;
  statedLatest: string | null;
  /** Non-null sort key: the earliest known day, or "" when undated. */
  sortDate: string;
  occasionId: string | null;
  /** JSON array of strings; decoded by `decodeStatement`. */
  topics: string;
  rank: RankValue;
  rankReason: string | null;
  note: string | null;
  createdAt: string;
  /** Who stored it: the name of the token that wrote it, or "import" / "seed". */
  createdBy: string;
  updatedAt: string;
}

export interface StatementAboutTable {
  statementId: string;
  actorId: string;
  position: number;
  /** Copies of the statement's columns, kept by triggers (migration 0010): read by filters, never written. */
  rank: ColumnType<string | null, never, never>;
  sortDate: ColumnType<string | null, never, never>;
  statedEarliest: ColumnType<string | null, never, never>;
  statedLatest: ColumnType<string | null, never, never>;
}

export type StatementRow = Selectable<StatementTable>;
export type NewStatementRow = Insertable<StatementTable>;
export type StatementAboutRow = Selectable<StatementAboutTable>;
