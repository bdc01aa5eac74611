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

export function decodeStatement(row: StatementRow): StatementRecord {
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
