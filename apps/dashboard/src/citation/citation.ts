// A citation a reader pastes into an article or a fact-check: who, the cue, the exact words, the source, the
// character offsets and the record's permalink, as plain text or as Markdown. Pure, so a unit test reads it.

export interface CitedSpan {
  exact: string;
  start: number;
  end: number;
  source: { title: string; publisher?: string | null; url?: string | null; published?: string | null };
}

export interface Citation {
  /** Who said or denied it: "Donald Trump". */
  who: string;
  /** The reporting verb as written ("suggesting"), when the source gives one. */
  cue: string | null | undefined;
  /** "statement" or "denial". */
  kind: string;
  spans: readonly CitedSpan[];
  /** The record's own page, absolute: "http://localhost:4000/statements/Statement:…". */
  permalink: string;
}

const sourceLine = ({ source }: CitedSpan) =>
  [source.title, source.publisher, source.published, source.url].filter((part): part is string => Boolean(part)).join(", ");

/**
 * Plain text, one fact a line.
 * Example: `Donald Trump (statement, cue “suggesting”): “even suggesting…”\nSource: Title, Publisher, 2025-02-15, https://…\n…`
 */
export function citationText(c: Citation): string {
  const lines = [`${c.who} (${c.kind}${c.cue ? `, cue “${c.cue}”` : ""}):`];
  for (const span of c.spans) {
    lines.push(`“${span.exact}”`);
    lines.push(`Source: ${sourceLine(span)}`);
    lines.push(`Characters ${span.start}–${span.end}`);
  }
  lines.push(`Permalink: ${c.permalink}`);
  return lines.join("\n");
}

/** Markdown: the exact words as a block quote, then a line citing the source (linked when it has a URL) and the permalink. */
export function citationMarkdown(c: Citation): string {
  const blocks = [`**${c.who}** (${c.kind}${c.cue ? `, cue *${c.cue}*` : ""}):`];
  for (const span of c.spans) {
    const { title, publisher, published, url } = span.source;
    const cited = url ? `[${title}](${url})` : `*${title}*`;
    const rest = [publisher, published].filter(Boolean).join(", ");
    blocks.push(`> ${span.exact}\n\n— ${cited}${rest ? `, ${rest}` : ""}, characters ${span.start}–${span.end}`);
  }
  blocks.push(`[Permalink](${c.permalink})`);
  return blocks.join("\n\n");
}
