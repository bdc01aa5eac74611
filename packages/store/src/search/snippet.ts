import { tokenize, type Token } from "./analyzer.js";
import type { SearchableField } from "./searchable.js";

/** Words shown around the first match of a long field. */
const WINDOW = 24;
/** Words shown before the first match. */
const LEAD = 4;

/**
 * The passage that shows why a record matched, each matching word wrapped in «guillemets»: the record's own field
 * with the most matching terms (or its first field), then any labelled name field that matched a term the passage
 * does not show — "… with the Russian leader were beneficial · about Vladimir «Putin» (Putin, …)".
 */
export function snippet(fields: readonly SearchableField[], queryTerms: readonly string[]): string {
  const wanted = new Set(queryTerms);
  const analysed = fields.filter((f) => f.text).map((f) => ({ field: f, tokens: tokenize(f.text) }));
  const matchedTerms = (tokens: Token[]) => new Set(tokens.flatMap((t) => (t.term && wanted.has(t.term) ? [t.term] : [])));
  const own = analysed.filter((a) => !a.field.label);
  const best = own.reduce<(typeof own)[number] | undefined>(
    (top, a) => (!top || matchedTerms(a.tokens).size > matchedTerms(top.tokens).size ? a : top),
    undefined,
  );
  const parts: string[] = [];
  const shown = new Set<string>();
  if (best) {
    parts.push(passage(best.field.text, best.tokens, wanted));
    matchedTerms(best.tokens).forEach((t) => shown.add(t));
  }
  for (const a of analysed.filter((x) => x.field.label)) {
    const terms = matchedTerms(a.tokens);
    if ([...terms].some((t) => !shown.has(t))) {
      parts.push(`${a.field.label ?? ""} ${passage(a.field.text, a.tokens, wanted)}`);
      terms.forEach((t) => shown.add(t));
    }
  }
  return parts.join(" · ");
}

/** The text (or a window of it around the first match) with matching words marked. */
function passage(text: string, tokens: Token[], wanted: ReadonlySet<string>): string {
  const isMatch = (t: Token) => t.term != null && wanted.has(t.term);
  let from = 0;
  let to = tokens.length;
  if (tokens.length > WINDOW) {
    const first = Math.max(0, tokens.findIndex(isMatch));
    from = Math.max(0, Math.min(first - LEAD, tokens.length - WINDOW));
    to = from + WINDOW;
  }
  const start = from === 0 ? 0 : (tokens[from]?.start ?? 0);
  const end = to === tokens.length ? text.length : (tokens[to - 1]?.end ?? text.length);
  let out = "";
  let at = start;
  for (const token of tokens.slice(from, to).filter(isMatch)) {
    out += `${text.slice(at, token.start)}«${text.slice(token.start, token.end)}»`;
    at = token.end;
  }
  out += text.slice(at, end);
  return `${from > 0 ? "…" : ""}${out}${to < tokens.length ? "…" : ""}`;
}
