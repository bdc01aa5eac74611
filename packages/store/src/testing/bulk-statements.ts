import type { Insertable } from "kysely";
import type { StatementTable } from "../tables/statement.table.js";

/**
 * `count` bare statement rows by one speaker, all speech act OTHER, ids `<speakerId>-<n>` from `from` on: enough rows
 * for a test to pass a count bound without importing documents. Insert them directly (`insertRows`).
 */
export function bulkStatements(speakerId: string, from: number, count: number): Insertable<StatementTable>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${speakerId}-${String(from + i).padStart(5, "0")}`,
    speakerId,
    content: "Again.",
    quoteType: "INDIRECT",
    speechAct: "OTHER",
    sortDate: "2024-01-01",
    topics: "[]",
    rank: "NORMAL",
    createdAt: "2024-01-01T00:00:00.000Z",
    createdBy: "import",
    updatedAt: "2024-01-01T00:00:00.000Z",
  }));
}
