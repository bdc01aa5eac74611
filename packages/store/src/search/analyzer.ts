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
/** Words whose term is remembered: folding and stemming cost ~1 µs a word, and a corpus's vocabulary is small. */
const REMEMBERED_WORDS = 200_000;
const termOfWord = new Map<string, string | null>();

/**
 * The one analysis every dialect shares: words are runs of letters and digits (so punctuation and quotes never
 * matter), folded to lowercase without diacritics ("Zelenskyy’s" → "zelenskyy", "s"), stopwords dropped, the rest
 * Porter-stemmed ("conversations" → "convers").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, term: termOf(match[0]) });
  }
  return tokens;
}

/** The term a word is indexed under, null for a stopword; remembered per word (forgotten all at once when too many). */
function termOf(word: string): string | null {
  let term = termOfWord.get(word);
  if (term === undefined) {
    const folded = fold(word);
    term = STOPWORDS.has(folded) ? null : stemmer(folded);
    if (termOfWord.size >= REMEMBERED_WORDS) termOfWord.clear();
    termOfWord.set(word, term);
  }
  return term;
}

/** The terms of a text's words in order, stopwords left out: what the index counts, without each word's place. */
export function termSequence(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const term = termOf(match[0]);
    if (term) out.push(term);
  }
  return out;
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
