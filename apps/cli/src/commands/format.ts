// Records as a researcher reads them in a terminal.
import type { DateFieldsFragment, DenialFieldsFragment, SpanFieldsFragment, StatementFieldsFragment } from "@claimline/client";

/** "2024-09 (in September)", or the source's words alone when the date is not resolved. */
export function formatDate(date: DateFieldsFragment | null): string {
  if (!date) return "undated";
  if (!date.value) return date.text ? `"${date.text}" (not resolved)` : "undated";
  return date.text ? `${date.value} (${date.text})` : date.value;
}

export function formatSpan(span: SpanFieldsFragment): string {
  return `${span.source.id} [${span.start}, ${span.end}): "${span.exact}"`;
}

export function formatDenial(denial: DenialFieldsFragment, indent = ""): string[] {
  return [
    `${indent}${denial.denier.name} (${denial.cue ?? "denied"}, ${formatDate(denial.statedAt)})  ${denial.id}`,
    `${indent}  ${denial.content}`,
    ...denial.evidence.map((span) => `${indent}  source ${formatSpan(span)}`),
  ];
}

/** A statement in a few lines: when, who, what, the quote, the occasion, who it is about, its spans and denials. */
export function formatStatement(statement: StatementFieldsFragment): string {
  const heading = [formatDate(statement.statedAt), statement.speaker.name, statement.speechAct, statement.status];
  const lines = [`${heading.join(" · ")}  ${statement.id}`, `  ${statement.content}`];
  if (statement.quote) lines.push(`  quote: "${statement.quote}"`);
  const details = [
    statement.cue && `cue: ${statement.cue}`,
    statement.hedge && `hedge: ${statement.hedge}`,
    statement.occasion && `occasion: ${statement.occasion.title}`,
    statement.about.length > 0 && `about: ${statement.about.map((actor) => actor.name).join(", ")}`,
  ].filter(Boolean);
  if (details.length > 0) lines.push(`  ${details.join(" · ")}`);
  for (const span of statement.evidence) lines.push(`  source ${formatSpan(span)}`);
  for (const denial of statement.denials) lines.push("  DENIED by", ...formatDenial(denial, "    "));
  return lines.join("\n");
}
