import type { ProposedActor, ProposedDenial, ProposedEvent, ProposedStatement } from "./proposal.js";

// Words by which a denial points back at what was said before it ("denied the claims").
const ANAPHORS =
  /\b(claims?|reports?|allegations?|accusations?|suggestions?|remarks|comments|story|stories|rumou?rs?|assertions?|statements?)\b/i;
const STOP = new Set(
  "that the this these those with from have been were was there their they them what when which would could about into over also been said will than then just".split(
    " ",
  ),
);

/**
 * What a denial denies, when the article names it: an event whose name its words repeat ("denied that the meeting
 * took place"), a statement it points back to ("denied the claims": the latest one by someone else), or the statement
 * whose words it shares most. Null when nothing fits.
 */
export function resolveTarget(
  denial: ProposedDenial,
  object: string,
  statements: readonly ProposedStatement[],
  events: readonly ProposedEvent[],
  actors: ReadonlyMap<string, ProposedActor>,
): ProposedDenial["target"] {
  const words = new Set(contentWords(object || denial.contentSpan.exact));
  // One does not deny one's own side: "the Kremlin denied" never targets what "the Kremlin spokesman" said.
  const denier = actors.get(denial.denierId)?.name.toLowerCase() ?? denial.denierId;
  const sameSide = (s: ProposedStatement) =>
    s.speakerId === denial.denierId || (actors.get(s.speakerId)?.aliases ?? []).some((alias) => alias.toLowerCase().includes(denier));
  const before = statements.filter((s) => s.span.start < denial.cueSpan.start && !sameSide(s));
  const event = events
    .filter((e) => e.mentions.some((m) => m.start < denial.span.end))
    .find(
      (e) =>
        e.mentions.some((m) => m.start >= denial.span.start && m.end <= denial.span.end) &&
        e.mentions[0] &&
        e.mentions[0].start < denial.span.start,
    );
  if (event && !ANAPHORS.test(object)) return { type: "Event", id: event.id };
  const anaphor = ANAPHORS.exec(object) ?? ANAPHORS.exec(denial.contentSpan.exact);
  if (anaphor) {
    // "denied the report" points at what was reported, "the claims" at what was claimed; else at the latest words.
    const stem = (anaphor[1] ?? "")
      .toLowerCase()
      .replace(/(ation|s)$/, "")
      .slice(0, 5);
    const latest = before.findLast((s) => s.cue.toLowerCase().startsWith(stem)) ?? before.at(-1);
    if (latest) return { type: "Statement", id: latest.id };
  }
  let best: ProposedStatement | undefined;
  let bestScore = 1;
  for (const s of before) {
    const score = contentWords(s.contentSpan.exact).filter((w) => words.has(w)).length;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  if (best) return { type: "Statement", id: best.id };
  return event ? { type: "Event", id: event.id } : null;
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/(ing|ed|s)$/, ""));
}
