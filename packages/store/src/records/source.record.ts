import type { PartialDateData } from "../import/document.schema.js";
import type { SourceRow } from "../tables/source.table.js";
import { decodeDate } from "./partial-date.js";

/** A stored source, decoded. */
export interface SourceRecord {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: PartialDateData | null;
  text: string;
  contentHash: string;
  note: string | null;
  /** When it was stored, when it last changed, and the name of the token (or "import", "seed") that stored it. */
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

export function decodeSource(row: SourceRow): SourceRecord {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    publishedAt: decodeDate(row.publishedAt),
    text: row.text,
    contentHash: row.contentHash,
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
  };
}
