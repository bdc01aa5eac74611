import { describe, expect, it } from "vitest";
import { evaluate } from "../src/eval/evaluate.js";
import { formatEvaluation } from "../src/eval/report.js";
import { precision, recall } from "../src/eval/score.js";

describe("npm run eval:ingest — proposals against the hand readings", () => {
  it("meets the targets: statements recall ≥ 0.8 and precision ≥ 0.7, denials recall ≥ 0.8, every span exact", () => {
    const evaluation = evaluate();
    // The figures go to the CI log (and the README), whatever the outcome.
    console.log(formatEvaluation(evaluation));
    const { overall } = evaluation;
    expect(evaluation.fixtures.length).toBeGreaterThanOrEqual(4);
    expect(recall(overall.statements)).toBeGreaterThanOrEqual(0.8);
    expect(precision(overall.statements)).toBeGreaterThanOrEqual(0.7);
    expect(recall(overall.denials)).toBeGreaterThanOrEqual(0.8);
    expect(overall.spans.exact).toBe(overall.spans.total);
  });
});
