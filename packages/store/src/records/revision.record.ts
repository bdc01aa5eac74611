import type { RevisionRow } from "../tables/editor.table.js";

/** One update of a record: who, when, what changed, and the version it replaced. */
export interface RevisionRecord {
  recordKey: string;
  revision: number;
  changedAt: string;
  changedBy: string;
  changes: { field: string; before: unknown; after: unknown }[];
  previous: Record<string, unknown>;
}

export function decodeRevision(row: RevisionRow): RevisionRecord {
  return {
    recordKey: row.recordKey,
    revision: row.revision,
    changedAt: row.changedAt,
    changedBy: row.changedBy,
    changes: JSON.parse(row.changes) as RevisionRecord["changes"],
    previous: JSON.parse(row.previous) as Record<string, unknown>,
  };
}
