// axe-core, the automated accessibility checker, run inside the page (injected through the DevTools protocol, so the
// server's Content-Security-Policy needs no exception). Returns the serious and critical violations only.
import axe from "axe-core";
import type { Page } from "playwright-core";

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
  passes: unknown[];
}

/** Every WCAG 2.1 A/AA and best-practice rule axe knows, on the whole document. */
export async function axeCheck(page: Page): Promise<{ serious: Violation[]; others: string[]; passes: number }> {
  await page.evaluate(axe.source);
  const results = await page.evaluate<AxeResults>(
    `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] } })`,
  );
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact ?? "", help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  const others = results.violations.filter((v) => v.impact !== "serious" && v.impact !== "critical").map((v) => `${v.id} (${v.impact})`);
  return { serious, others, passes: results.passes.length };
}
