import type { SourceDocumentInput } from "@claimline/store";
import { lexicon } from "../lexicon.js";
import type { Proposal, Span } from "../proposal.js";

/** Precision and recall of one kind of record: how many proposed, how many hand-read, how many agree. */
export interface Score {
  proposed: number;
  gold: number;
  matched: number;
}

export interface FixtureScore {
  speakers: Score;
  statements: Score;
  denials: Score;
  events: Score;
  spans: { total: number; exact: number };
}

type Gold = Required<Pick<SourceDocumentInput, "actors" | "statements" | "denials" | "events">>;
type GoldSpan = { start: number; end: number };

const overlaps = (a: GoldSpan, b: GoldSpan) => a.start < b.end && b.start < a.end;
const anyOverlap = (xs: readonly GoldSpan[], ys: readonly GoldSpan[]) => xs.some((x) => ys.some((y) => overlaps(x, y)));

/**
 * Scores a proposal against a hand reading of the same text. A proposed actor is a hand-read one when a name or
 * alias agrees or a mention overlaps its evidence; a statement matches when its speaker, its cue (same verb) and its
 * span (overlap) agree; a denial when its denier and its target agree; an event when its mentions overlap. Each hand
 * record is matched at most once.
 */
export function score(proposal: Proposal, gold: Gold): FixtureScore {
  const actorOf = mapActors(proposal, gold);
  const speakerSet = (ids: string[]) => new Set(ids);
  const goldSpeakers = speakerSet([...gold.statements.map((s) => s.speakerId), ...gold.denials.map((d) => d.denierId)]);
  const proposedSpeakers = speakerSet([
    ...proposal.statements.map((s) => actorOf(s.speakerId)),
    ...proposal.denials.map((d) => actorOf(d.denierId)),
  ]);
  const speakers = {
    proposed: proposedSpeakers.size,
    gold: goldSpeakers.size,
    matched: [...proposedSpeakers].filter((s) => goldSpeakers.has(s)).length,
  };

  const statementOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const s of proposal.statements) {
    const g = gold.statements.find(
      (x) =>
        !taken.has(x.id) &&
        x.speakerId === actorOf(s.speakerId) &&
        sameCue(s.cue, x.cue ?? "") &&
        anyOverlap([s.span, s.contentSpan], x.evidence),
    );
    if (g) {
      taken.add(g.id);
      statementOf.set(s.id, g.id);
    }
  }
  const statements = { proposed: proposal.statements.length, gold: gold.statements.length, matched: statementOf.size };

  const eventOf = new Map<string, string>();
  for (const e of proposal.events) {
    const g = gold.events.find((x) => ![...eventOf.values()].includes(x.id) && anyOverlap(e.mentions, x.evidence));
    if (g) eventOf.set(e.id, g.id);
  }
  const events = { proposed: proposal.events.length, gold: gold.events.length, matched: eventOf.size };

  const deniedTaken = new Set<string>();
  for (const d of proposal.denials) {
    const target = d.target && (d.target.type === "Statement" ? statementOf.get(d.target.id) : eventOf.get(d.target.id));
    const g = gold.denials.find((x) => !deniedTaken.has(x.id) && x.denierId === actorOf(d.denierId) && x.targetId === target);
    if (g) deniedTaken.add(g.id);
  }
  const denials = { proposed: proposal.denials.length, gold: gold.denials.length, matched: deniedTaken.size };

  const spans: Span[] = [
    ...proposal.actors.flatMap((a) => a.mentions),
    ...proposal.statements.flatMap((s) => [s.span, s.cueSpan, s.contentSpan]),
    ...proposal.denials.flatMap((d) => [d.span, d.cueSpan, d.contentSpan]),
    ...proposal.events.flatMap((e) => e.mentions),
  ];
  const exact = spans.filter((s) => proposal.text.slice(s.start, s.end) === s.exact).length;
  return { speakers, statements, denials, events, spans: { total: spans.length, exact } };
}

/** Proposed actor id → the hand-read actor it is (by name, alias or overlapping mention), else itself. */
function mapActors(proposal: Proposal, gold: Gold): (id: string) => string {
  const map = new Map<string, string>();
  for (const a of proposal.actors) {
    const names = new Set([a.name, ...a.aliases].map((n) => n.toLowerCase()));
    const g =
      gold.actors.find((x) => x.id === a.id) ??
      gold.actors.find((x) => [x.name, ...(x.aliases ?? [])].some((n) => names.has(n.toLowerCase()))) ??
      gold.actors.find((x) => anyOverlap(a.mentions, x.evidence));
    map.set(a.id, g ? g.id : `new:${a.id}`);
  }
  return (id) => map.get(id) ?? `new:${id}`;
}

/** "expressed his concerns" and "expressed concern" are one cue; so are "told reporters" and "told". */
function sameCue(a: string, b: string): boolean {
  const head = (cue: string) => {
    const word = cue.toLowerCase().split(/\s+/)[0] ?? "";
    return lexicon.byForm.get(word)?.lemma ?? word;
  };
  return head(a) === head(b);
}

/** Sums scores of several fixtures. */
export function total(scores: readonly FixtureScore[]): FixtureScore {
  const add = (k: "speakers" | "statements" | "denials" | "events"): Score => ({
    proposed: scores.reduce((n, s) => n + s[k].proposed, 0),
    gold: scores.reduce((n, s) => n + s[k].gold, 0),
    matched: scores.reduce((n, s) => n + s[k].matched, 0),
  });
  return {
    speakers: add("speakers"),
    statements: add("statements"),
    denials: add("denials"),
    events: add("events"),
    spans: { total: scores.reduce((n, s) => n + s.spans.total, 0), exact: scores.reduce((n, s) => n + s.spans.exact, 0) },
  };
}

export const precision = (s: Score) => (s.proposed === 0 ? 1 : s.matched / s.proposed);
export const recall = (s: Score) => (s.gold === 0 ? 1 : s.matched / s.gold);
