import { findActors } from "./actors.js";
import { findAttributions, type Attribution } from "./attribution.js";
import { findEvents } from "./events.js";
import type { KnownActor, Proposal, ProposedDenial, ProposedEvent, ProposedStatement, Span } from "./proposal.js";
import { findQuotes } from "./quotes.js";
import { analyse } from "./text.js";
import { resolveTarget } from "./targets.js";

export interface ProposeOptions {
  /** Actors already in Claimline: mentions of their names and aliases reuse their ids. */
  known?: readonly KnownActor[];
  /** The publication day (YYYY-MM-DD) that relative dates are resolved against. */
  published?: string;
}

/**
 * Reads an article and proposes its actors, statements, denials and events, each with a confidence, the rule that
 * made it and exact spans. Never touches a database. Example: `propose('"No," Peskov said.', { known }).statements`.
 */
export function propose(text: string, options: ProposeOptions = {}): Proposal {
  const doc = analyse(text);
  const table = findActors(doc, options.known ?? []);
  const quotes = findQuotes(text);
  const events = findEvents(doc, table, options.published);
  const attributions = findAttributions(doc, table, quotes);
  const statements: ProposedStatement[] = [];
  const denials: ProposedDenial[] = [];
  const ids = new Set<string>();
  const at = (start: number, end: number): Span => ({ start, end, exact: text.slice(start, end) });
  for (const a of attributions) {
    const cueSpan = at(a.cueStart, a.cueEnd);
    const contentSpan = at(a.contentStart, a.contentEnd);
    const speakerStart = (doc.tokens[a.speaker.first] as { start: number }).start;
    const speakerEnd = (doc.tokens[a.speaker.last] as { end: number }).end;
    const near = a.speaker.how !== "pronoun" && Math.abs(speakerStart - a.cueStart) < 120 ? [speakerStart] : [];
    const nearEnd = near.length ? [speakerEnd] : [];
    const quoteMarks = a.quoteType === "DIRECT" ? 1 : 0;
    const span = at(Math.min(a.cueStart, a.contentStart - quoteMarks, ...near), Math.max(a.cueEnd, a.contentEnd + quoteMarks, ...nearEnd));
    for (const speakerId of a.speaker.ids) {
      const base = { cue: cueSpan.exact, cueSpan, contentSpan, span, confidence: round(a.confidence), rule: a.rule };
      const id = unique(ids, `${speakerId}-${slugWords(contentSpan.exact)}`);
      if (a.act === "DENIAL") denials.push({ id, denierId: speakerId, target: null, quoteType: a.quoteType, ...base });
      else
        statements.push({
          id,
          speakerId,
          speechAct: a.act,
          hedge: a.hedge,
          quoteType: a.quoteType,
          reportedVia: a.speaker.reportedVia,
          ...base,
        });
    }
  }
  markClaimed(events, attributions);
  for (const d of denials) {
    const a = attributions.find((x) => x.cueStart === d.cueSpan.start);
    d.target = resolveTarget(d, a?.object ?? "", statements, events, table.actors);
  }
  return { text, actors: [...table.actors.values()].filter((x) => x.mentions.length > 0), statements, denials, events };
}

/** An event first named inside what someone is reported to have said is CLAIMED, not OCCURRED. */
function markClaimed(events: ProposedEvent[], attributions: readonly Attribution[]): void {
  for (const e of events) {
    const first = e.mentions[0];
    if (!first || e.status !== "OCCURRED" || e.type === "INTERVIEW") continue;
    if (attributions.some((a) => a.act !== "DENIAL" && first.start >= a.contentStart && first.end <= a.contentEnd)) e.status = "CLAIMED";
  }
}

function slugWords(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return (
    words
      .filter((w) => w.length > 3)
      .slice(0, 4)
      .join("-") || "said"
  );
}

function unique(ids: Set<string>, base: string): string {
  let id = base.slice(0, 110).replace(/-+$/, "");
  for (let n = 2; ids.has(id); n++) id = `${base.slice(0, 105)}-${n}`;
  ids.add(id);
  return id;
}

const round = (x: number) => Math.round(x * 100) / 100;
