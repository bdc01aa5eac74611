import type { ActorTable } from "./actors.js";
import type { Attribution } from "./attribution.js";
import { clauseEnd } from "./clause.js";
import type { Quote } from "./quotes.js";
import { nounPhrase, phraseAfter } from "./speaker.js";
import type { Analysed, Token } from "./text.js";

/** "According to X, …" and "…, according to X." */
export function accordingTo(doc: Analysed, table: ActorTable, quotes: readonly Quote[], t: Token): Attribution | null {
  const { tokens } = doc;
  const sentence = doc.sentences[t.sentence];
  if (!sentence) return null;
  const np = phraseAfter(doc, t.index + 1);
  const speaker = np && nounPhrase(doc, table, np[0], np[1]);
  if (!np || !speaker) return null;
  let from: number;
  let to: number | null;
  // The source may run on past its noun: "according to diplomats in both capitals, …".
  let comma = np[1] + 1;
  while (comma <= sentence.last && comma < np[1] + 8 && !["PUNCT", "VERB", "AUX"].includes((tokens[comma] as Token).pos)) comma++;
  if (tokens[comma]?.value === ",") {
    from = comma + 1;
    to = clauseEnd(doc, from, sentence.last);
  } else {
    from = sentence.first;
    while (from < t.index && (tokens[from] as Token).pos === "SPACE") from++;
    to = t.index - 1;
    while (to > from && (tokens[to] as Token).pos === "PUNCT") to--;
  }
  if (to === null || to < from || !tokens[from]) return null;
  const contentStart = (tokens[from] as Token).start;
  const contentEnd = (tokens[to] as Token).end;
  const direct = quotes.some((q) => q.open >= contentStart && q.close < contentEnd);
  return {
    act: "CLAIM",
    speaker: { ...speaker, reportedVia: speaker.reportedVia },
    cueStart: t.start,
    cueEnd: (tokens[t.index + 1] as Token).end,
    contentStart,
    contentEnd,
    quoteType: direct ? "MIXED" : "INDIRECT",
    hedge: "according to",
    object: doc.text.slice(contentStart, contentEnd),
    rule: "according-to",
    confidence: 0.75,
  };
}
