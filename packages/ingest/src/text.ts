import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A word or mark of the text, at its UTF-16 offsets (end excluded). */
export interface Token {
  index: number;
  value: string;
  lower: string;
  pos: string;
  start: number;
  end: number;
  sentence: number;
}

/** A sentence: its token range [first, last] and its offsets. */
export interface Sentence {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** The tokenised text; wink-nlp is lossless, so offsets are the running sum of spaces and token lengths. */
export interface Analysed {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Loaded once per process: the model ships inside its npm package, nothing is downloaded.
const nlp = winkNLP(model);
const its = nlp.its;

/** Splits `text` into tokens and sentences with exact offsets. Example: `analyse("He said so.").tokens[1]?.value === "said"`. */
/* eslint-disable @typescript-eslint/unbound-method -- wink-nlp's `its` helpers are plain functions that never use `this` */
export function analyse(text: string): Analysed {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const pos = doc.tokens().out(its.pos);
  const tokens: Token[] = [];
  let offset = 0;
  const merged = new Map<number, number>(); // wink-nlp's index → ours
  values.forEach((value, i) => {
    const gap = (spaces[i] ?? "").length;
    offset += gap;
    const start = offset;
    offset = start + value.length;
    const previous = tokens.at(-1);
    // The lite model splits words at letters outside its alphabet ("Kova" + "č"): join them again.
    if (previous && gap === 0 && /\p{L}$/u.test(previous.value) && /^\p{L}/u.test(value)) {
      previous.value += value;
      previous.lower = previous.value.toLowerCase();
      previous.end = offset;
      merged.set(i, previous.index);
      return;
    }
    merged.set(i, tokens.length);
    tokens.push({ index: tokens.length, value, lower: value.toLowerCase(), pos: pos[i] ?? "X", start, end: offset, sentence: 0 });
  });
  const sentences: Sentence[] = [];
  for (const [winkFirst, winkLast] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const first = merged.get(winkFirst) ?? 0;
    const last = merged.get(winkLast) ?? 0;
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) continue;
    for (let i = first; i <= last; i++) (tokens[i] as Token).sentence = sentences.length;
    sentences.push({ first, last, start: a.start, end: b.end });
  }
  return { text, tokens, sentences };
}
/* eslint-enable @typescript-eslint/unbound-method */

/** A headline: a line with no closing punctuation. Headlines repeat the body and are not read for attributions. */
export function isHeadline(doc: Analysed, t: Token): boolean {
  const lineStart = doc.text.lastIndexOf("\n", t.start) + 1;
  const nl = doc.text.indexOf("\n", t.start);
  const line = doc.text.slice(lineStart, nl < 0 ? undefined : nl).trim();
  return !/[.!?"”’'):]$/.test(line);
}
