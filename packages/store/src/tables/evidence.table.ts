import type { Insertable, Selectable } from "kysely";
import type { EvidenceRecordType } from "../domain/enums.js";

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
