// `claimline show ID`: any record by its global id.
import type { RecordQuery } from "@claimline/client";
import { formatDate, formatDenial, formatStatement } from "./format.js";

type Found = NonNullable<RecordQuery["node"]>;

export function formatRecord(record: Found): string {
  switch (record.__typename) {
    case "Statement":
      return formatStatement(record);
    case "Denial": {
      const target = record.target.__typename === "Statement" ? record.target.content : record.target.title;
      return [`Denial of ${record.target.id}: ${target}`, ...formatDenial(record, "  ")].join("\n");
    }
    case "Event":
      return [
        `${record.title}  ${record.id}`,
        `  ${record.type} · ${record.eventStatus} · ${formatDate(record.start)}${record.end ? ` to ${formatDate(record.end)}` : ""}`,
        ...(record.location ? [`  at ${record.location}`] : []),
        ...(record.description ? [`  ${record.description}`] : []),
        ...record.participants.map((p) => `  with ${p.actor.name}${p.role ? ` (${p.role})` : ""}`),
      ].join("\n");
    case "Person":
    case "Organization":
      return [
        `${record.name}  ${record.id}  (${record.kind.toLowerCase()})`,
        ...(record.aliases.length > 0 ? [`  also: ${record.aliases.join(", ")}`] : []),
        ...(record.description ? [`  ${record.description}`] : []),
      ].join("\n");
    case "Source":
      return [
        `${record.title}  ${record.id}`,
        ...(record.publisher ? [`  ${record.publisher}`] : []),
        ...(record.url ? [`  ${record.url}`] : []),
      ].join("\n");
  }
}
