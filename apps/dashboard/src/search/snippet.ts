/** One run of a search snippet: matched words (between «guillemets» in the API's snippet) or plain text. */
export interface Run {
  text: string;
  match: boolean;
}

/**
 * Splits a snippet at its «guillemets».
 * Example: `runs("the «summit» in")` is `[{ text: "the ", match: false }, { text: "summit", match: true }, { text: " in", match: false }]`.
 */
export function runs(snippet: string): Run[] {
  const out: Run[] = [];
  const pattern = /«([^«»]*)»/g;
  let at = 0;
  for (let found = pattern.exec(snippet); found; found = pattern.exec(snippet)) {
    if (found.index > at) out.push({ text: snippet.slice(at, found.index), match: false });
    out.push({ text: found[1] ?? "", match: true });
    at = found.index + found[0].length;
  }
  if (at < snippet.length) out.push({ text: snippet.slice(at), match: false });
  return out;
}
