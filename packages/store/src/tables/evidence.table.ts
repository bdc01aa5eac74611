import type { Insertable, Selectable } from "kysely";

export type EvidenceRecordType = "Actor" | "Statement" | "Denial" | "Event";

export interface EvidenceTable {
  recordType: EvidenceRecordType;
  recordId: string;
  position: number;
  sourceId: string;
  /** UTF-16 offsets into the source text; end exclusive. */
  spanStart: number;
  spanEnd: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type EvidenceRow = Selectable<EvidenceTable>;
export type NewEvidenceRow = Insertable<EvidenceTable>;
