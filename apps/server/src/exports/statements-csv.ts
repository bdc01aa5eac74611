// statements.csv: RFC 4180, one statement a row, its first span as the provenance columns.
import type { ExportedStatement } from "./export-pages.js";

export const CSV_HEADER = [
  "id",
  "stated_at",
  "speaker_id",
  "speaker",
  "speech_act",
  "quote_type",
  "status",
  "content",
  "quote",
  "cue",
  "hedge",
  "occasion_id",
  "about_ids",
  "denial_ids",
  "denied_by",
  "source_id",
  "start",
  "end",
  "exact",
];

function cell(value: string | number | null | undefined): string {
  const text = value == null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV line (CRLF-terminated); lists within a cell are joined with "; ". */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(cell).join(",")}\r\n`;
}

export function statementCsvLine(statement: ExportedStatement): string {
  const span = statement.evidence[0];
  return csvLine([
    statement.id,
    statement.statedAt?.value,
    statement.speaker.id,
    statement.speaker.name,
    statement.speechAct,
    statement.quoteType,
    statement.status,
    statement.content,
    statement.quote,
    statement.cue,
    statement.hedge,
    statement.occasion?.id,
    statement.about.map((actor) => actor.id).join("; "),
    statement.denials.map((denial) => denial.id).join("; "),
    statement.denials.map((denial) => denial.denier.name).join("; "),
    span?.source.id,
    span?.start,
    span?.end,
    span?.exact,
  ]);
}
