import { precision, recall, type FixtureScore, type Score } from "./score.js";
import type { Evaluation } from "./evaluate.js";

const pct = (x: number) => x.toFixed(2);
const cell = (s: Score) => `${pct(precision(s))} / ${pct(recall(s))} (${s.matched}/${s.proposed}/${s.gold})`;

/** The evaluation as a text table: precision / recall (matched/proposed/hand-read) per kind, per fixture and overall. */
export function formatEvaluation(e: Evaluation): string {
  const row = (name: string, s: FixtureScore) =>
    `| ${name} | ${cell(s.speakers)} | ${cell(s.statements)} | ${cell(s.denials)} | ${cell(s.events)} | ${s.spans.exact}/${s.spans.total} |`;
  return [
    "| fixture | speakers P / R | statements P / R | denials P / R | events P / R | spans exact |",
    "| --- | --- | --- | --- | --- | --- |",
    ...e.fixtures.map((f) => row(f.name, f.score)),
    row("**overall**", e.overall),
    "",
    `A ${e.timing.words}-word article: ${e.timing.medianMs.toFixed(0)} ms (median of 5), ${e.timing.firstMs.toFixed(0)} ms the first time in this process.`,
  ].join("\n");
}
