import type { PartialDateData } from "../import/document.schema.js";
import type { DenialRow } from "../tables/denial.table.js";
import { decodeDate } from "./partial-date.js";

/** What a denial denies: a statement or an event, by slug. */
export type DenialTargetRef = { type: "Statement"; id: string } | { type: "Event"; id: string };

/** A stored denial, decoded. */
export interface DenialRecord {
  id: string;
  denierId: string;
  target: DenialTargetRef;
  content: string;
  quote: string | null;
  cue: string | null;
  statedAt: PartialDateData | null;
  sortDate: string;
  note: string | null;
  /** When it was stored, when it last changed, and the name of the token (or "import", "seed") that stored it. */
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

export function decodeDenial(row: DenialRow): DenialRecord {
  return {
    id: row.id,
    denierId: row.denierId,
    // A CHECK constraint holds exactly one of the two targets.
    target:
      row.targetStatementId != null ? { type: "Statement", id: row.targetStatementId } : { type: "Event", id: row.targetEventId ?? "" },
    content: row.content,
    quote: row.quote,
    cue: row.cue,
    statedAt: decodeDate(row.statedAt),
    sortDate: row.sortDate,
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
  };
}
