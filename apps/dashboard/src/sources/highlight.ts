/** A source's text cut around one span: `before`, the span itself, `after`. */
export interface Cut {
  before: string;
  span: string;
  after: string;
}

/**
 * Cuts `text` at UTF-16 offsets [start, end), as the API gives them; null when the span is not inside the text.
 * Example: `cut("abcdef", 2, 4)` is `{ before: "ab", span: "cd", after: "ef" }`.
 */
export function cut(text: string, start: number, end: number): Cut | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) return null;
  return { before: text.slice(0, start), span: text.slice(start, end), after: text.slice(end) };
}

/** The span a URL asks for (`?start=1797&end=1883`), or null. */
export function spanFromParams(params: URLSearchParams): { start: number; end: number } | null {
  const start = params.get("start");
  const end = params.get("end");
  if (start == null || end == null || !/^\d+$/.test(start) || !/^\d+$/.test(end)) return null;
  return { start: Number(start), end: Number(end) };
}
