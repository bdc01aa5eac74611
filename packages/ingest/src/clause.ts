import { lexicon } from "./lexicon.js";
import type { Quote } from "./quotes.js";
import type { Analysed, Token } from "./text.js";

// Where a reported clause stops, and what opens or hedges it.
const CLAUSE_BREAKS = new Set(["while", "but", "although", "though", "which", "whereas", "as", "and"]);
const OPEN_MARKS = new Set(["“", '"', "‘", "'"]);

/** A quotation opening right after token `at` (after a colon or comma at most). */
export function quoteRightAfter(doc: Analysed, quotes: readonly Quote[], at: number): Quote | undefined {
  let k = at + 1;
  while (doc.tokens[k] && [":", ","].includes((doc.tokens[k] as Token).value)) k++;
  const t = doc.tokens[k];
  return t && OPEN_MARKS.has(t.value.charAt(0)) ? quotes.find((q) => q.open === t.start) : undefined;
}

/** The last token of the clause starting at `from`: before ";", before ", according to", ", while …", a participle cue, or the sentence's closing marks. */
export function clauseEnd(doc: Analysed, from: number, last: number): number | null {
  const { tokens } = doc;
  let end = from;
  for (let k = from; k <= last; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (t.value === ";" || t.pos === "SPACE") break;
    if (t.value === "," && next && (next.lower === "according" || CLAUSE_BREAKS.has(next.lower) || startsCue(tokens, k + 1, true))) break;
    if ((t.lower === "and" || t.lower === "but") && (t.lower === "but" || startsCue(tokens, k + 1, false))) break;
    end = k;
  }
  while (end >= from && (tokens[end] as Token).pos === "PUNCT" && !isClosing(tokens[end] as Token)) end--;
  return end >= from ? end : null;
}

/** A cue verb at token `k`, after adverbs ("even suggesting", "also said"); participles only when `participle`. */
function startsCue(tokens: readonly Token[], k: number, participle: boolean): boolean {
  while (tokens[k] && ["even", "also", "later", "then", "further"].includes((tokens[k] as Token).lower)) k++;
  const t = tokens[k];
  return !!t && lexicon.byForm.has(t.lower) && (!participle || t.lower.endsWith("ing"));
}

const isClosing = (t: Token) => ["”", "’", '"', "'"].includes(t.value);

export function hedgeBefore(words: readonly Token[]): string | null {
  const hit = words.find((w) => lexicon.hedges.includes(w.lower));
  return hit ? hit.value : null;
}
