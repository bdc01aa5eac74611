import { stemmer } from "stemmer";
import { STOPWORDS } from "./stopwords.js";

/** A word of a text, where it stands, and the term it is indexed under. */
export interface Token {
  /** UTF-16 offsets of the word in the text it came from; end exclusive. */
  start: number;
  end: number;
  /** The indexed form: folded to lowercase ASCII where it can be, stemmed; null for a stopword. */
  term: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The one analysis every dialect shares: words are runs of letters and digits (so punctuation and quotes never
 * matter), folded to lowercase without diacritics ("Zelenskyy’s" → "zelenskyy", "s"), stopwords dropped, the rest
 * Porter-stemmed ("conversations" → "convers").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    tokens.push({ start: match.index, end: match.index + match[0].length, term: STOPWORDS.has(word) ? null : stemmer(word) });
  }
  return tokens;
}

/** The distinct terms of a text, in order of first appearance. Example: `terms("The summits, the summit")` → `["summit"]`. */
export function terms(text: string): string[] {
  return [...new Set(tokenize(text).flatMap((t) => (t.term ? [t.term] : [])))];
}

/** How many words a text has, stopwords included: what search input limits count. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function fold(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}
