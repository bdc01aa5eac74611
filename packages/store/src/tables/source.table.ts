import type { Insertable, Selectable } from "kysely";

export interface SourceTable {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** PartialDate as JSON. */
  publishedAt: string | null;
  text: string;
  contentHash: string;
  note: string | null;
  createdAt: string;
}

export type SourceRow = Selectable<SourceTable>;
export type NewSourceRow = Insertable<SourceTable>;
