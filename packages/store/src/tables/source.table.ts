import type { Insertable, Selectable } from "kysely";

export interface SourceTable {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** PartialDate as JSON; decoded by `decodeSource`. */
  publishedAt: string | null;
  text: string;
  /** Length of `text` in UTF-16 code units, as JavaScript counts it: evidence spans must end within it. */
  textLength: number;
  contentHash: string;
  /** SHA-256 of the whole import document it came with; null for a source created on its own. */
  documentHash: string | null;
  note: string | null;
  createdAt: string;
  /** Who stored it: the name of the token that wrote it, or "import" / "seed". */
  createdBy: string;
  updatedAt: string;
}

export type SourceRow = Selectable<SourceTable>;
export type NewSourceRow = Insertable<SourceTable>;
