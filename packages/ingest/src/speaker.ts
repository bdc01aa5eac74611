import { collectiveActor, isDateWord, organisationKind, resolvePronoun, type ActorTable } from "./actors.js";
import { lexicon } from "./lexicon.js";
import type { Quote } from "./quotes.js";
import type { Analysed, Token } from "./text.js";

/** Words between a speaker and its cue that belong to neither: "Trump has reportedly admitted". */
const SKIP = new Set(
  "has have had is was were are be been did does do will would could may might also reportedly allegedly apparently repeatedly publicly later again long previously already swiftly quickly flatly firmly strongly immediately once earlier then even not never both all each initially separately further".split(
    " ",
  ),
);
const NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const COLLECTIVE_PRONOUNS = new Set(["some", "others", "many", "several", "few"]);
const MEDIA_HEADS = new Set([
  "reports",
  "media",
  "outlets",
  "press",
  "newspapers",
  "reporters",
  "journalists",
  "sources",
  "newspaper",
  "broadcaster",
  "television",
]);
const DATE_NOUNS = new Set(["week", "month", "year", "weekend", "morning", "evening", "night", "today", "yesterday"]);

/** Who a rule found speaking: actor ids (several for "X and Y denied"), the tokens naming them, and how. */
export interface Speaker {
  ids: string[];
  first: number;
  last: number;
  /** Set when the speaker is a channel ("media reports"): the attribution is second-hand. */
  reportedVia: string | null;
  how: "name" | "pronoun" | "collective";
}

export const isCloseMark = (doc: Analysed, quotes: readonly Quote[], t: Token | undefined): Quote | undefined =>
  t ? quotes.find((q) => q.close === t.start) : undefined;

/**
 * The speaker of a cue from the words before it: a noun phrase ("the Kremlin spokesman"), a pronoun (he, she), or a
 * name before a parenthesis ("Trump, who has long promised", "Trump, in a recent interview, expressed").
 * Returns `quote` instead when a quotation closes right before the cue (`"…," said Peskov`).
 */
export function speakerBefore(
  doc: Analysed,
  table: ActorTable,
  quotes: readonly Quote[],
  cue: Token,
  lastSpeaker?: string,
): Speaker | "quote" | "clause" | null {
  const { tokens } = doc;
  const sentenceFirst = (doc.sentences[cue.sentence] ?? { first: 0 }).first;
  let k = cue.index - 1;
  for (;;) {
    while (k >= sentenceFirst && (SKIP.has((tokens[k] as Token).lower) || (tokens[k] as Token).pos === "SPACE")) k--;
    const tok = tokens[k];
    if (!tok || k < sentenceFirst) return null;
    if ((isDateWord(tok) || DATE_NOUNS.has(tok.lower)) && k - 1 >= sentenceFirst) {
      // "Vaage on Tuesday denied", "The Nordpost said last week": a date between speaker and cue.
      k--;
      while (k >= sentenceFirst && ["on", "in", "last", "this", "late", "early", "on"].includes((tokens[k] as Token).lower)) k--;
      continue;
    }
    if (isCloseMark(doc, quotes, tok) || (tok.value === "," && isCloseMark(doc, quotes, tokens[k - 1]))) return "quote";
    if (tok.lower === "who" || tok.lower === "which") {
      k--;
      if (tokens[k]?.value === ",") k--;
      continue;
    }
    if (tok.value === ",") {
      // A parenthesis between speaker and cue: "Donald Trump, in a recent interview, expressed".
      let j = k - 1;
      while (j > sentenceFirst && j > k - 16 && (tokens[j] as Token).value !== ",") j--;
      if (tokens[j]?.value === "," && j > sentenceFirst && j < k - 1) {
        // An apposition naming the speaker: "His lawyer, Sara Holm, said"; else a parenthesis to step over.
        const named = table.mentions.some((m) => m.first > j && m.last < k);
        if (named && tokens.slice(j + 1, k).every((x) => NP_POS.has(x.pos))) return nounPhrase(doc, table, j + 1, k - 1);
        k = j - 1;
        continue;
      }
      return "clause";
    }
    if (tok.pos === "PRON" && !COLLECTIVE_PRONOUNS.has(tok.lower)) {
      const id = resolvePronoun(table, tok, lastSpeaker);
      return id ? { ids: [id], first: k, last: k, reportedVia: null, how: "pronoun" } : null;
    }
    if (!NP_POS.has(tok.pos) && !COLLECTIVE_PRONOUNS.has(tok.lower))
      return tok.pos === "PUNCT" || tok.pos === "SCONJ" || tok.pos === "CCONJ" ? "clause" : null;
    let first = k;
    while (first - 1 >= sentenceFirst) {
      const p = tokens[first - 1] as Token;
      const ofPhrase = p.lower === "of" && NP_POS.has(tokens[first - 2]?.pos ?? "");
      if (NP_POS.has(p.pos) || ofPhrase || p.lower === "and" || p.value === "’s" || p.value === "'s" || COLLECTIVE_PRONOUNS.has(p.lower))
        first--;
      else break;
    }
    while (first < k && ((tokens[first] as Token).lower === "and" || (tokens[first] as Token).pos === "ADP")) first++;
    return nounPhrase(doc, table, first, k);
  }
}

/** The speaker named by tokens [first, last]: the actors named there, or a collective ("officials", "media reports"). */
export function nounPhrase(doc: Analysed, table: ActorTable, first: number, last: number): Speaker | null {
  const written = first;
  while (
    first < last &&
    ["both", "the", "either", "neither"].includes((doc.tokens[first] as Token).lower) &&
    (doc.tokens[first + 1] as Token).lower !== "and"
  )
    first++;
  const of = doc.tokens.slice(first, last + 1).findIndex((t) => t.lower === "of");
  // "Critics of the authority": the head comes before "of", and so does the speaker.
  const headLast = of > 0 ? first + of - 1 : last;
  const words = doc.tokens.slice(first, headLast + 1);
  const inside = table.mentions.filter((m) => m.first >= written && m.last <= headLast);
  const coordinated = words.some((t) => t.lower === "and");
  if (coordinated) {
    // "both the Kremlin and traditional media outlets": each conjunct on its own.
    const parts: Speaker[] = [];
    let from = first;
    for (let k = first; k <= last + 1; k++) {
      const t = doc.tokens[k];
      if (k > last || t?.lower === "and" || t?.value === ",") {
        const part = k - 1 >= from ? nounPhrase(doc, table, from, k - 1) : null;
        if (part) parts.push(part);
        from = k + 1;
      }
    }
    if (parts.length > 0)
      return {
        ids: [...new Set(parts.flatMap((p) => p.ids))],
        first,
        last,
        reportedVia: parts[0]?.reportedVia ?? null,
        how: parts.every((p) => p.how === "name") ? "name" : "collective",
      };
  }
  if (inside.length > 0) {
    return { ids: [(inside.at(-1) as { actorId: string }).actorId], first: written, last, reportedVia: null, how: "name" };
  }
  const head = doc.tokens[headLast] as Token;
  if ((head.pos !== "NOUN" && head.pos !== "PROPN" && !COLLECTIVE_PRONOUNS.has(head.lower)) || isDateWord(head)) return null;
  const phrase = doc.text.slice((doc.tokens[first] as Token).start, (doc.tokens[last] as Token).end);
  const organisation = organisationKind(words.map((t) => t.value));
  const secondHand = lexicon.secondHand.includes(phrase.toLowerCase().replace(/^(the|some|many)\s+/, "")) || MEDIA_HEADS.has(head.lower);
  if (head.pos === "NOUN" && !head.lower.endsWith("s") && !secondHand && !organisation) return null; // "the plan said" is no speaker
  const kind = secondHand ? "MEDIA" : (organisation ?? (head.pos === "PROPN" ? "OTHER" : "COLLECTIVE"));
  const id = collectiveActor(table, doc, first, last, kind, "collective-speaker");
  return { ids: [id], first: written, last, reportedVia: secondHand ? phrase : null, how: "collective" };
}

/** The noun phrase right after token `from` (the speaker of `"…," said Peskov`, or the agent after "by"). */
export function phraseAfter(doc: Analysed, from: number): [number, number] | null {
  const { tokens } = doc;
  const sentence = (tokens[from] as Token).sentence;
  let last = from;
  while (last + 1 < tokens.length) {
    const t = tokens[last + 1] as Token;
    if (t.sentence !== sentence || !(NP_POS.has(t.pos) || t.lower === "and" || t.value === "’s" || COLLECTIVE_PRONOUNS.has(t.lower))) break;
    last++;
  }
  return last > from ? [from + 1, last] : null;
}
