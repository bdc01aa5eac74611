import type { EventTypeValue, RecordedEventStatus } from "@claimline/store";
import { slugify, type ActorTable } from "./actors.js";
import { partialDate } from "./dates.js";
import type { ProposedEvent, Span } from "./proposal.js";
import { isHeadline, type Analysed, type Token } from "./text.js";

const TRIGGERS: Record<string, EventTypeValue> = {
  meeting: "MEETING",
  meetings: "MEETING",
  talks: "MEETING",
  negotiations: "MEETING",
  visit: "MEETING",
  summit: "SUMMIT",
  call: "CALL",
  calls: "CALL",
  conversation: "CALL",
  conversations: "CALL",
  interview: "INTERVIEW",
  invasion: "INVASION",
  war: "WAR",
  conflict: "WAR",
  revolution: "REVOLUTION",
  election: "OTHER",
  vote: "OTHER",
  referendum: "OTHER",
  ceasefire: "OTHER",
  strike: "OTHER",
  protest: "OTHER",
  protests: "OTHER",
  inspection: "OTHER",
  hearing: "OTHER",
  ceremony: "OTHER",
  inquiry: "OTHER",
  investigation: "OTHER",
  attack: "OTHER",
  collapse: "OTHER",
  closure: "OTHER",
  merger: "OTHER",
  trial: "OTHER",
  flood: "OTHER",
};
const PROPOSED_WORDS = new Set([
  "potential",
  "proposed",
  "planned",
  "possible",
  "upcoming",
  "future",
  "expected",
  "prospective",
  "mooted",
  "next",
]);
const FUTURE_WORDS = new Set([
  "would",
  "will",
  "could",
  "might",
  "may",
  "plans",
  "plan",
  "planning",
  "hopes",
  "expected",
  "intends",
  "interest",
  "desire",
  "proposed",
  "suggested",
]);
const ONGOING_WORDS = new Set(["ongoing", "continues", "continuing", "continue"]);
const PP_HEADS = new Set(["of", "with", "between", "aboard", "in", "on", "at", "about", "over", "against", "to", "on"]);
const NP_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
const ANAPHORIC = new Set(["the", "this", "that", "such", "these", "those", "any"]);
const SCHEDULED_WORDS = new Set(["scheduled", "set"]);
const MODALS = new Set(["would", "will", "could", "might", "may", "should"]);

/** Where a trigger noun names an event, with the determiner before it and the phrase after it. */
interface EventMention {
  type: EventTypeValue;
  trigger: string;
  first: number;
  last: number;
  definite: boolean;
}

/**
 * Proposes events from nouns that name them ("meeting", "summit", "invasion"), with their status (PROPOSED when
 * "potential" or "would meet", ONGOING when "continues", otherwise OCCURRED; the attribution pass turns events inside
 * reported speech into CLAIMED) and the date written beside them. Later definite mentions ("the meeting") join the
 * latest event of their type.
 */
export function findEvents(doc: Analysed, table: ActorTable, published?: string): ProposedEvent[] {
  const events: ProposedEvent[] = [];
  const byType = new Map<string, ProposedEvent>();
  for (const m of mentions(doc)) {
    const s = span(doc, m.first, m.last);
    const participants = [...new Set(table.mentions.filter((x) => x.first >= m.first && x.last <= m.last).map((x) => x.actorId))];
    const prior = byType.get(m.trigger) ?? (m.type !== "OTHER" ? byType.get(m.type) : undefined);
    const conflicting =
      prior && participants.length > 0 && prior.participantIds.length > 0 && !participants.some((p) => prior.participantIds.includes(p));
    if (prior && !conflicting && (m.definite || m.type === "WAR" || m.type === "INVASION")) {
      prior.mentions.push(s);
      if (prior.status === "PROPOSED") prior.start ??= dateAfter(doc, m, published);
      prior.participantIds = [...new Set([...prior.participantIds, ...participants])];
      continue;
    }
    const sentence = doc.sentences[(doc.tokens[m.first] as Token).sentence];
    const context = sentence ? doc.tokens.slice(sentence.first, m.first) : [];
    const status = statusOf(doc, m, context);
    const start = dateAfter(doc, m, published);
    const title = s.exact.replace(/^(an?|the|this|that|such an?)\s+/i, "");
    const event: ProposedEvent = {
      id: uniqueId(events, slugify(title)),
      title: (title.charAt(0).toUpperCase() + title.slice(1)).slice(0, 300),
      type: m.type,
      status,
      start,
      mentions: [s],
      participantIds: participants,
      confidence: status === "OCCURRED" ? 0.5 : 0.6,
      rule: `event-noun:${m.trigger}`,
    };
    events.push(event);
    byType.set(m.trigger, event);
    if (m.type !== "OTHER") byType.set(m.type, event);
  }
  return events;
}

/** The date written in or just after a mention, up to the next comma or the sentence's end ("… on Friday"). */
function dateAfter(doc: Analysed, m: EventMention, published?: string) {
  const from = (doc.tokens[m.first] as Token).start;
  const sentenceEnd = doc.sentences[(doc.tokens[m.first] as Token).sentence]?.end ?? doc.text.length;
  const mentionEnd = (doc.tokens[m.last] as Token).end;
  const comma = doc.text.indexOf(",", mentionEnd);
  const to = Math.min(sentenceEnd, comma < 0 ? sentenceEnd : comma, mentionEnd + 60);
  return partialDate(doc.text.slice(from, Math.max(to, mentionEnd)), published);
}

function* mentions(doc: Analysed): Generator<EventMention> {
  const { tokens } = doc;
  for (const t of tokens) {
    if (isHeadline(doc, t)) continue;
    const verb = verbTrigger(tokens, t);
    if (verb) {
      yield verb;
      continue;
    }
    const type = Object.hasOwn(TRIGGERS, t.lower) ? TRIGGERS[t.lower] : undefined; // never Object.prototype's "constructor"
    if (!type || (t.pos !== "NOUN" && t.pos !== "PROPN")) continue;
    let first = t.index;
    while (first > 0) {
      const p = tokens[first - 1] as Token;
      if (p.sentence !== t.sentence || !(NP_POS.has(p.pos) || p.value === "’s" || p.value === "'s")) break;
      first--;
    }
    let last = t.index;
    for (let pp = 0; pp < 2; pp++) {
      const next = tokens[last + 1];
      if (!next || !PP_HEADS.has(next.lower) || next.sentence !== t.sentence) break;
      let end = last + 1;
      while (end + 1 < tokens.length && (NP_POS.has((tokens[end + 1] as Token).pos) || (tokens[end + 1] as Token).lower === "and")) end++;
      if (end === last + 1) break;
      last = end;
    }
    while (last > t.index && (["to", "and"].includes((tokens[last] as Token).lower) || (tokens[last] as Token).pos === "ADP")) last--;
    const det = (tokens[first] as Token).lower;
    yield { type, trigger: t.lower.replace(/s$/, ""), first, last, definite: ANAPHORIC.has(det) };
  }
}

/** "would meet with X", "met X", "spoke to X": an event named by its verb. */
function verbTrigger(tokens: readonly Token[], t: Token): EventMention | null {
  const next = tokens[t.index + 1];
  const isMeet = ["meet", "met", "meets"].includes(t.lower);
  // "spoken by phone with": the means of talking sits between the verb and its partner.
  const byPhone = next?.lower === "by" && tokens[t.index + 2]?.lower === "phone" ? 2 : 0;
  const partner = tokens[t.index + 1 + byPhone];
  const isTalk = ["spoke", "spoken", "talked"].includes(t.lower) && (partner?.lower === "to" || partner?.lower === "with");
  if (!isMeet && !isTalk) return null;
  let last = isTalk ? t.index + 1 + byPhone : t.index;
  if (isMeet && next?.lower === "with") last++;
  if (isMeet && next?.pos === "ADV") last++; // "met twice"
  let end = last;
  while (end + 1 < tokens.length && (NP_POS.has((tokens[end + 1] as Token).pos) || (tokens[end + 1] as Token).lower === "and")) end++;
  if (end === last || /^(reporters|journalists|the press)$/.test((tokens[end] as Token).lower)) return null;
  while (end > last && ["to", "and"].includes((tokens[end] as Token).lower)) end--;
  const subject = tokens[t.index - 1];
  const first = subject && (subject.pos === "PROPN" || subject.pos === "PRON") ? subject.index : t.index;
  return { type: isMeet ? "MEETING" : "CALL", trigger: isMeet ? "meeting" : "call", first, last: end, definite: false };
}

function statusOf(doc: Analysed, m: EventMention, before: Token[]): RecordedEventStatus {
  const inside = doc.tokens.slice(m.first, m.last + 1);
  const after = doc.tokens.slice(m.last + 1, m.last + 4);
  if (m.type === "INTERVIEW") return "OCCURRED";
  if (after.some((t) => SCHEDULED_WORDS.has(t.lower))) return "SCHEDULED";
  if (after.some((t) => MODALS.has(t.lower))) return "PROPOSED";
  if (inside.some((t) => PROPOSED_WORDS.has(t.lower)) || before.slice(-4).some((t) => FUTURE_WORDS.has(t.lower))) return "PROPOSED";
  if ([...inside, ...after].some((t) => ONGOING_WORDS.has(t.lower))) return "ONGOING";
  return "OCCURRED";
}

const span = (doc: Analysed, first: number, last: number): Span => {
  const start = (doc.tokens[first] as Token).start;
  const end = (doc.tokens[last] as Token).end;
  return { start, end, exact: doc.text.slice(start, end) };
};

function uniqueId(events: readonly ProposedEvent[], base: string): string {
  const ids = new Set(events.map((e) => e.id));
  let id = base || "event";
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}
