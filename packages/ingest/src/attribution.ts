import type { QuoteTypeValue } from "@claimline/store";
import type { ActorTable } from "./actors.js";
import { lexicon, type CueAct } from "./lexicon.js";
import { accordingTo } from "./according-to.js";
import { clauseEnd, hedgeBefore, quoteRightAfter } from "./clause.js";
import { quoteAt, type Quote } from "./quotes.js";
import { isCloseMark, nounPhrase, phraseAfter, speakerBefore, type Speaker } from "./speaker.js";
import { isHeadline, type Analysed, type Token } from "./text.js";

/** One attribution found in the text: who, the cue, what was said, and by which rule. */
export interface Attribution {
  act: CueAct;
  speaker: Speaker;
  cueStart: number;
  cueEnd: number;
  contentStart: number;
  contentEnd: number;
  quoteType: QuoteTypeValue;
  hedge: string | null;
  /** What the cue acts on before its content ("denied the claims"): the words a denial's target is found by. */
  object: string;
  rule: string;
  confidence: number;
}

const PASSIVE_AUX = new Set(["been", "was", "were", "is", "are", "being", "be"]);
const MODIFIER_DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your"]);

/**
 * Finds attributions by their cues (lexicon/cues.json): `"…," X said` and `"…" said X` (quote-before), `X said (that) …`
 * and `X told Y that …` (subject-cue), `…, revealing that …` (participle: the clause's subject speaks),
 * `… have been denied by X` (passive-by), `according to X, …` (according-to); a quotation right after the cue
 * (`stating "…"`, `said: "…"`) is the content of a direct quote.
 */
export function findAttributions(doc: Analysed, table: ActorTable, quotes: readonly Quote[]): Attribution[] {
  const found: Attribution[] = [];
  const { tokens } = doc;
  for (const t of tokens) {
    if (quoteAt(quotes, t.start)) continue;
    if (t.lower === "according" && tokens[t.index + 1]?.lower === "to") {
      const a = accordingTo(doc, table, quotes, t);
      if (a) found.push(a);
      continue;
    }
    const entry = lexicon.byForm.get(t.lower);
    if (!entry || (t.pos !== "VERB" && t.pos !== "AUX" && !/(ed|ing)$/.test(t.lower))) continue;
    if (isHeadline(doc, t)) continue;
    const prev = tokens[t.index - 1];
    if (prev && MODIFIER_DETERMINERS.has(prev.lower)) continue; // "the proposed summit", "these claims"
    if (entry.requires && !entry.requires.every((w, i) => tokens[t.index + 1 + i]?.lower === w)) continue;
    let cueLast = t.index + (entry.requires?.length ?? 0);
    let act = entry.act;
    if (entry.objects) {
      const objects = entry.objects;
      let k = t.index + 1;
      while (k < t.index + 4 && tokens[k] && !(tokens[k] as Token).lower.match(/^\p{L}+$/u)) k++;
      while (
        k < t.index + 4 &&
        tokens[k] &&
        ["DET", "PRON", "ADJ"].includes((tokens[k] as Token).pos) &&
        !Object.hasOwn(objects, (tokens[k] as Token).lower)
      )
        k++;
      const object = tokens[k] && Object.hasOwn(objects, (tokens[k] as Token).lower) ? objects[(tokens[k] as Token).lower] : undefined;
      if (!object) continue;
      cueLast = k;
      act = object;
    }
    const sentence = doc.sentences[t.sentence];
    if (!sentence) continue;
    const hedge = hedgeBefore(tokens.slice(sentence.first, t.index));
    const cueEnd = (tokens[cueLast] as Token).end;
    const base = { act, cueStart: t.start, cueEnd, hedge };

    // Passive: "these claims have been denied by the Kremlin and traditional media outlets".
    let b = t.index - 1;
    while (b > sentence.first && ["have", "has", "had", "also", "since"].includes((tokens[b] as Token).lower)) b--;
    if (PASSIVE_AUX.has(tokens[b]?.lower ?? "") && tokens[cueLast + 1]?.lower === "by") {
      const np = phraseAfter(doc, cueLast + 1);
      const speaker = np && nounPhrase(doc, table, np[0], np[1]);
      if (!speaker) continue;
      let s = sentence.first;
      while (s < b && ((tokens[s] as Token).pos === "ADV" || (tokens[s] as Token).pos === "PUNCT" || (tokens[s] as Token).pos === "CCONJ"))
        s++;
      const subject = doc.text.slice((tokens[s] as Token).start, (tokens[b] as Token).start).trim();
      found.push({
        ...base,
        speaker,
        contentStart: (tokens[s] as Token).start,
        contentEnd: (tokens[np[1]] as Token).end,
        quoteType: "INDIRECT",
        object: subject,
        rule: "passive-by",
        confidence: 0.7,
      });
      continue;
    }

    const previous = found.at(-1);
    const lastSpeaker = previous && t.start - previous.cueEnd < 400 ? previous.speaker.ids[0] : undefined;
    const before = speakerBefore(doc, table, quotes, t, lastSpeaker);
    if (before === "quote") {
      // `"…," said Peskov` / `"…" said the spokesman`
      const np = phraseAfter(doc, cueLast);
      const speaker = np && nounPhrase(doc, table, np[0], np[1]);
      const quote = quotes.find((q) => q.close < t.start && t.start - q.close <= 4);
      if (!speaker || !quote) continue;
      found.push({
        ...base,
        speaker,
        contentStart: quote.open + 1,
        contentEnd: quote.end,
        quoteType: "DIRECT",
        object: "",
        rule: "quote-before-inverted",
        confidence: 0.9,
      });
      continue;
    }
    let speaker: Speaker | null;
    let rule = "subject-cue";
    let confidence = 0.8;
    if (before === "clause" || before === null) {
      if (!/ing$/.test(t.lower) && before === null) continue;
      // A participle ("…, revealing that …", "even suggesting …"): the clause's subject speaks.
      speaker = clauseSubject(found, table, t);
      rule = "participle";
      confidence = 0.6;
      // "dismissed the claims, stating "…"": the participle carries the denial's words, not a statement of its own.
      const last = found.at(-1);
      if (speaker && last && last.act === "DENIAL" && last.cueStart >= sentence.start && last.speaker.ids.join() === speaker.ids.join()) {
        const q = quoteRightAfter(doc, quotes, cueLast);
        if (q) Object.assign(last, { contentStart: q.open + 1, contentEnd: q.end, quoteType: "DIRECT", rule: `${last.rule}+quote` });
        continue;
      }
    } else {
      speaker = before;
      if (speaker.how !== "name") confidence -= 0.1;
    }
    if (!speaker) continue;

    // "X told Y …": Y is the addressee, not the content; "told reporters" is second-hand.
    let c = cueLast + 1;
    let reportedVia = speaker.reportedVia;
    if (entry.lemma === "tell") {
      const addressee = phraseAfter(doc, cueLast);
      if (addressee) {
        const words = doc.text.slice((tokens[addressee[0]] as Token).start, (tokens[addressee[1]] as Token).end);
        if (lexicon.secondHand.includes(words.toLowerCase())) reportedVia = words;
        c = addressee[1] + 1;
      }
    }
    // `"…," Peskov said`: the quotation closes right before the speaker.
    const beforeSpeaker = tokens[speaker.first - 1];
    const quoteBefore =
      isCloseMark(doc, quotes, beforeSpeaker) ??
      (beforeSpeaker?.value === "," ? isCloseMark(doc, quotes, tokens[speaker.first - 2]) : undefined);
    if (quoteBefore && rule === "subject-cue") {
      found.push({
        ...base,
        speaker: { ...speaker, reportedVia },
        contentStart: quoteBefore.open + 1,
        contentEnd: quoteBefore.end,
        quoteType: "DIRECT",
        object: "",
        rule: "quote-before",
        confidence: 0.9,
      });
      continue;
    }
    const objectStart = c;
    const quoteAfter = quoteRightAfter(doc, quotes, c - 1);
    if (quoteAfter) {
      found.push({
        ...base,
        speaker: { ...speaker, reportedVia },
        contentStart: quoteAfter.open + 1,
        contentEnd: quoteAfter.end,
        quoteType: "DIRECT",
        object: "",
        rule: `${rule}-quote`,
        confidence,
      });
      continue;
    }
    if (tokens[c]?.lower === "that") c++;
    const end = clauseEnd(doc, c, sentence.last);
    if (end === null && entry.requires) {
      // "declined to comment.": the phrase is all there is to it.
      found.push({
        ...base,
        speaker,
        contentStart: t.start,
        contentEnd: cueEnd,
        quoteType: "INDIRECT",
        object: "",
        rule: "fixed-phrase",
        confidence: 0.7,
      });
      continue;
    }
    if (end === null) {
      // "…, union leaders said.": the content is the clause before the speaker.
      const comma = tokens[speaker.first - 1];
      if (rule !== "subject-cue" || comma?.value !== ",") continue;
      let from = sentence.first;
      while (from < comma.index && (tokens[from] as Token).pos === "SPACE") from++;
      const to = comma.index - 1;
      if (to < from) continue;
      const contentStart = (tokens[from] as Token).start;
      const contentEnd = (tokens[to] as Token).end;
      const inner = quotes.some((q) => q.open >= contentStart && q.close < contentEnd);
      found.push({
        ...base,
        speaker,
        contentStart,
        contentEnd,
        quoteType: inner ? "MIXED" : "INDIRECT",
        object: "",
        rule: "content-before",
        confidence: 0.7,
      });
      continue;
    }
    const contentStart = (tokens[c] as Token).start;
    const contentEnd = (tokens[end] as Token).end;
    const inner = quotes.some((q) => q.open >= contentStart && q.close < contentEnd);
    const object = doc.text.slice(tokens[objectStart]?.start ?? contentStart, contentEnd);
    found.push({
      ...base,
      speaker: { ...speaker, reportedVia },
      contentStart,
      contentEnd,
      quoteType: inner ? "MIXED" : "INDIRECT",
      object,
      rule: tokens[c - 1]?.lower === "that" ? `${rule}-that` : rule,
      confidence,
    });
  }
  return found;
}

/** The subject of the clause a participle hangs on: the last speaker in the sentence, else its first actor. */
function clauseSubject(found: readonly Attribution[], table: ActorTable, cue: Token): Speaker | null {
  const last = found.at(-1);
  const sameSentence = table.mentions.filter((m) => m.first < cue.index && m.first >= cue.index - 40);
  if (last && cue.start - last.cueEnd < 200) return { ...last.speaker };
  const person = sameSentence.find((m) => table.actors.get(m.actorId)?.type === "Person") ?? sameSentence[0];
  return person ? { ids: [person.actorId], first: person.first, last: person.last, reportedVia: null, how: "name" } : null;
}
