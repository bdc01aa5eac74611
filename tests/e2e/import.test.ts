// The dashboard's Import page in headless Chromium: an editor pastes a fictional article, proposes, drops one
// statement, adds one the assistant missed by selecting its words, and imports; the API then holds the source with
// exactly the kept statements and the added one, its evidence the selection. Without a token the page
// says so in words; axe-core finds no serious or critical violation.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { cli, runScript } from "../support/processes.js";
import { postGraphQL } from "../support/start-server.js";
import { axeCheck } from "./axe.js";
import { describeInBrowser, screenshot } from "./harness.js";

const FIXTURE = fileURLToPath(new URL("../../packages/ingest/fixtures/halvik-port-strike.json", import.meta.url));
const ARTICLE = (JSON.parse(readFileSync(FIXTURE, "utf8")) as { text: string }).text;
const SOURCE = { title: "Halvik port workers to strike", publisher: "Fictional: Coastal Courier", published: "2025-01-17" };

const PROPOSE = `query($text: String!, $source: ProposalSourceInput) {
  proposeFromText(text: $text, source: $source) { statements { slug } denials { slug target { slug type } } document }
}`;
const STATEMENTS = `{ statements(first: 100) { nodes { id evidence { source { id } } } } }`;
const ADDED = `query($id: ID!) { statement(id: $id) { content cue speechAct speaker { name } evidence { start end exact source { id } } } }`;
/** Words no proposal covers as a statement, to add by hand. */
const MISSED = "the authority offered a pay rise of 2 percent, well below inflation";

/** Selects `text.slice(start, end)` in the rendered proposal text, as a mouse would, across its highlighted runs. */
const selectInProposal = (start: number, end: number) => `(() => {
  const runs = [...document.querySelectorAll("[data-testid=proposal-text] [data-start]")];
  const point = (offset) => {
    const run = runs.filter((r) => Number(r.dataset.start) <= offset).at(-1);
    return [run.firstChild, offset - Number(run.dataset.start)];
  };
  const range = document.createRange();
  range.setStart(...point(${start}));
  range.setEnd(...point(${end}));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
})()`;

describeInBrowser("the Import page", (h) => {
  async function fillArticle(token: string) {
    await h.page.goto(h.at("/import"));
    await h.page.getByRole("heading", { level: 1, name: "Import an article" }).waitFor();
    await h.page.getByLabel("Editor token").fill(token);
    await h.page.getByLabel("Title").fill(SOURCE.title);
    await h.page.getByLabel("Publisher").fill(SOURCE.publisher);
    await h.page.getByLabel("Published").fill(SOURCE.published);
    await h.page.getByLabel("Article text").fill(ARTICLE);
  }

  it("says in words that an anonymous visitor may not propose, and passes axe", async () => {
    await fillArticle("");
    await h.page.getByRole("button", { name: "Propose" }).click();
    const alert = h.page.getByRole("main").getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^You are not signed in: the server did not accept the token\..*UNAUTHENTICATED/);
    const { serious, passes, others } = await axeCheck(h.page);
    console.log(`axe on /import (error shown): ${serious.length} serious, ${passes} rules passed; ${others.join(", ") || "no lesser"}`);
    expect(serious, "axe on /import").toEqual([]);
  });

  it("proposes from the text, drops one statement, adds a missed one from selected words, and imports exactly those", async () => {
    const made = await runScript(cli("token"), { DATABASE_URL: h.databaseUrl }, 60_000, ["create", "--role", "editor", "--name", "e2e"]);
    const token = /^(clm_\S+)$/m.exec(made.output)?.[1] ?? "";
    const auth = { authorization: `Bearer ${token}` };
    // The same proposal through the API: the records the page will show, in the same order.
    const proposed = await postGraphQL(h.server.url, PROPOSE, { text: ARTICLE, source: SOURCE }, auth);
    const { statements, denials } = proposed.body.data.proposeFromText as {
      statements: { slug: string }[];
      denials: { slug: string; target: { slug: string; type: string } | null }[];
    };
    expect(statements.length).toBeGreaterThan(3);
    // Drop a statement no denial targets, so every denial stays.
    const targeted = new Set(denials.map((d) => d.target?.slug));
    const dropIndex = statements.findIndex((s) => !targeted.has(s.slug));
    const kept = statements.filter((_, i) => i !== dropIndex).map((s) => `Statement:${s.slug}`);

    await fillArticle(token);
    await h.page.getByRole("button", { name: "Propose" }).click();
    await h.page.getByRole("heading", { level: 2, name: "Review the proposals" }).waitFor();
    expect(await h.page.locator("[data-testid=proposal-statement]").count()).toBe(statements.length);
    expect(await h.page.locator("[data-testid=proposal-text] mark.kind-statement").count()).toBeGreaterThan(0);
    await h.page.getByLabel(`Keep statement ${dropIndex + 1}`, { exact: true }).uncheck();
    await h.page.getByRole("heading", { name: `Statements (${kept.length} of ${statements.length} kept)` }).waitFor();
    const { serious, passes, others } = await axeCheck(h.page);
    console.log(`axe on /import (proposal): ${serious.length} serious, ${passes} rules passed; ${others.join(", ") || "no lesser"}`);
    expect(serious, "axe on /import with a proposal").toEqual([]);

    await h.page.setViewportSize({ width: 375, height: 800 });
    expect(await h.page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(375);
    await h.page.setViewportSize({ width: 1280, height: 900 });

    // Add what was missed: select the words, then pick the speaker, cue and speech act.
    const start = ARTICLE.indexOf(MISSED);
    expect(start).toBeGreaterThan(0);
    await h.page.evaluate(selectInProposal(start, start + MISSED.length));
    await h.page.getByRole("button", { name: "Add a statement from the selected words" }).click();
    expect(await h.page.getByTestId("added-words").innerText()).toBe(`Words: ${MISSED}`);
    expect(await h.page.getByLabel("First character (offset)").inputValue()).toBe(String(start));
    await h.page.getByLabel("Speaker").selectOption({ label: "Marta Kovač" });
    await h.page.getByLabel("Cue", { exact: true }).fill("according to the union");
    await h.page.getByLabel("Speech act").selectOption("CRITICISM");
    const adding = await axeCheck(h.page);
    expect(adding.serious, "axe on /import while adding a statement").toEqual([]);
    await h.page.getByRole("button", { name: "Add this statement" }).click();
    await h.page.getByRole("heading", { name: `Statements (${kept.length + 1} of ${statements.length + 1} kept)` }).waitFor();

    await h.page.getByRole("button", { name: `Import ${kept.length + 1} statements, ${denials.length} denials` }).click();
    const status = h.page.getByRole("main").getByRole("status").filter({ hasText: "Imported" });
    await status.waitFor();
    expect(await status.innerText()).toMatch(new RegExp(`^Imported ${kept.length + 1} statements, ${denials.length} denials\\.`));
    const link = status.getByRole("link", { name: "Open the new source" });
    const sourceId = decodeURIComponent((await link.getAttribute("href"))!.replace("/sources/", ""));
    expect((await screenshot(h.page, "import-page")).byteLength).toBeGreaterThan(10_000);

    const stored = await postGraphQL(h.server.url, STATEMENTS);
    const nodes = stored.body.data.statements.nodes as { id: string; evidence: { source: { id: string } }[] }[];
    const fromSource = nodes.filter((n) => n.evidence.some((e) => e.source.id === sourceId)).map((n) => n.id);
    const addedId = `Statement:${sourceId.replace(/^Source:/, "")}-added-1`;
    expect(fromSource.sort()).toEqual([...kept, addedId].sort());
    const added = (await postGraphQL(h.server.url, ADDED, { id: addedId })).body.data.statement;
    expect(added).toMatchObject({
      content: MISSED,
      cue: "according to the union",
      speechAct: "CRITICISM",
      speaker: { name: "Marta Kovač" },
    });
    expect(added.evidence).toEqual([{ start, end: start + MISSED.length, exact: MISSED, source: { id: sourceId } }]);

    await link.click();
    await h.page.getByRole("heading", { level: 1, name: SOURCE.title }).waitFor();
  });
});
