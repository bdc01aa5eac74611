import type { QuoteTypeValue, RankValue, SpeechActValue } from "../domain/enums.js";
import type { PartialDateData } from "../import/document.schema.js";
import type { StatementRow } from "../tables/statement.table.js";
import { decodeDate } from "./partial-date.js";

/** A stored statement, decoded. `sortDate` is its position in date order ("" when undated). */
export interface StatementRecord {
  id: string;
  speakerId: string;
  content: string;
  quote: string | null;
  quoteType: QuoteTypeValue;
  speechAct: SpeechActValue;
  cue: string | null;
  hedge: string | null;
  statedAt: PartialDateData | null;
  sortDate: string;
  occasionId: string | null;
  topics: string[];
  rank: RankValue;
  rankReason: string | null;
  note: string | null;
  /** When it was stored, when it last changed, and the name of the token (or "import", "seed") that stored it. */
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

/**
 * The columns a statement is decoded from, and all a list or a load of statements selects: the date bounds beside
 * `statedAt` serve filters only, and each value read costs SQLite and the driver time on every row.
 */
export const STATEMENT_COLUMNS = [
  "id",
  "speakerId",
  "content",
  "quote",
  "quoteType",
  "speechAct",
  "cue",
  "hedge",
  "statedAt",
  "sortDate",
  "occasionId",
  "topics",
  "rank",
  "rankReason",
  "note",
  "createdAt",
  "updatedAt",
  "createdBy",
] as const satisfies readonly (keyof StatementRow)[];

/** `statements.<column>` for each of STATEMENT_COLUMNS, for a select that may join other tables. */
export const STATEMENT_SELECTION = STATEMENT_COLUMNS.map((column) => `statements.${column}` as const);

export function decodeStatement(row: Pick<StatementRow, (typeof STATEMENT_COLUMNS)[number]>): StatementRecord {
  return {
    id: row.id,
    speakerId: row.speakerId,
    content: row.content,
    quote: row.quote,
    quoteType: row.quoteType,
    speechAct: row.speechAct,
    cue: row.cue,
    hedge: row.hedge,
    statedAt: decodeDate(row.statedAt),
    sortDate: row.sortDate,
    occasionId: row.occasionId,
    topics: JSON.parse(row.topics) as string[],
    rank: row.rank,
    rankReason: row.rankReason,
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
  };
}
