// Every view of the dashboard in headless Chromium: permalinks, indexes, the timeline, search to a record's page,
// honest not-found states; each checked by axe-core (no serious or critical violation) and, with
// UPDATE_SCREENSHOT=1, photographed into docs/.
import { afterAll, expect, it } from "vitest";
import { cli, runScript } from "../support/processes.js";
import { postGraphQL } from "../support/start-server.js";
import { axeCheck } from "./axe.js";
import { describeInBrowser, screenshot } from "./harness.js";

const STATEMENT = "Statement:trump-private-conversations-beneficial";
const DENIAL = "Denial:kremlin-denies-private-conversations-claims";

/** Each page's axe figures, printed at the end: the report the issue asks for. */
const report: string[] = [];

describeInBrowser("every dashboard view in headless Chromium, checked by axe-core", (h) => {
  afterAll(() => console.log(`\naxe-core per page: serious+critical violations, passing rules, lesser violations\n${report.join("\n")}\n`));

  /** Opens `path`, waits for `ready`, then runs axe and (with UPDATE_SCREENSHOT=1) writes docs/<shot>.png. */
  async function visit(path: string, ready: () => Promise<unknown>, shot?: string) {
    await h.page.goto(h.at(path));
    await ready();
    const { serious, others, passes } = await axeCheck(h.page);
    report.push(`  ${path}: ${serious.length} serious, ${passes} rules passed${others.length ? `; ${others.join(", ")}` : ""}`);
    expect(serious, `axe on ${path}`).toEqual([]);
    if (shot) expect((await screenshot(h.page, shot)).byteLength).toBeGreaterThan(10_000);
  }

  it("the journalist's view and the speaker list", async () => {
    await visit("/", () => h.page.getByRole("navigation", { name: "Speakers" }).getByRole("link").first().waitFor());
    await visit(
      "/?speaker=Person:donald-trump&about=Person:vladimir-putin&disputed=1",
      () => h.page.getByText(/^Showing 1 of 1 statement/).waitFor(),
      "dashboard-journalist",
    );
    // The About picker open, with its listbox.
    await h.page.getByRole("combobox", { name: "About" }).fill("Zel");
    await h.page.getByRole("option", { name: "Volodymyr Zelenskyy" }).waitFor();
    const { serious } = await axeCheck(h.page);
    expect(serious).toEqual([]);
  });

  it("a statement's permalink shows everything known about it", async () => {
    await visit(
      `/statements/${STATEMENT}`,
      () => h.page.getByRole("heading", { level: 1, name: "Statement by Donald Trump" }).waitFor(),
      "statement-page",
    );
    const main = h.page.getByRole("main");
    expect(await main.locator(".record-facts").innerText()).toMatch(/Speech act\s+Suggestion[\s\S]*Rank\s+normal[\s\S]*Topics\s+\S/i);
    expect(await main.locator("[data-testid=denial]").count()).toBe(2);
    expect(await main.locator(".in-context mark").innerText()).toBe(
      "even suggesting that his private conversations with the Russian leader were beneficial",
    );
    expect(await main.locator(".in-context").innerText()).toMatch(/Characters\s+1797–1883/i);
    expect(await main.getByRole("link", { name: "Vladimir Putin" }).count()).toBeGreaterThan(0);
  });

  it("a denial's permalink shows the denier, its exact words and the statement it denies", async () => {
    await visit(`/denials/${DENIAL}`, () => h.page.getByRole("heading", { level: 1, name: "Denial by Kremlin" }).waitFor(), "denial-page");
    const denied = h.page.getByRole("region", { name: "What it denies" });
    expect(await denied.locator("[data-testid=statement] .statement-text").innerText()).toMatch(/Donald Trump: Trump suggested/);
    expect(await h.page.locator(".record-denial [data-testid=exact-words] blockquote").innerText()).toMatch(
      /“However, these claims have been denied by both the Kremlin and traditional media outlets\.”/,
    );
  });

  it("an unknown id says so and offers a way back, not a retry that cannot help", async () => {
    for (const [path, what] of [
      ["/statements/Statement:no-such-thing", "statement"],
      ["/denials/Denial:no-such-thing", "denial"],
      ["/events/Event:no-such-thing", "event"],
    ] as const) {
      await visit(path, () => h.page.getByRole("heading", { level: 1, name: `No such ${what}` }).waitFor());
      expect(await h.page.getByRole("button", { name: "Try again" }).count()).toBe(0);
      expect(await h.page.getByRole("main").getByRole("link", { name: "Back to the speakers" }).count()).toBe(1);
    }
    // Bad input (a reversed date range) is refused by the server: no "Try again", a way back.
    await visit("/?speaker=Person:donald-trump&from=2020-01-01&to=2019-01-01", () => h.page.getByRole("main").getByRole("alert").waitFor());
    expect(await h.page.getByRole("main").getByRole("alert").innerText()).toMatch(/^The server refused to load the statements\./);
    expect(await h.page.getByRole("main").getByRole("button", { name: "Try again" }).count()).toBe(0);
  });

  it("lists events in date order, undated last, filtered by status and type in the URL; a proposed event is “proposed for”", async () => {
    const rows = h.page.locator("[data-testid=event-row]");
    await visit("/events", () => h.page.getByText(/^10 events, oldest first/).waitFor(), "events-index");
    expect(await h.page.locator(".count").innerText()).toMatch(/5 events whose source gives no date at the end/);
    const titles = await rows.locator(".event-title").allInnerTexts();
    expect(titles.slice(0, 5)).toEqual([
      "Revolution of Dignity",
      "Broader war in Ukraine since the Revolution of Dignity",
      expect.stringMatching(/Putin.*Biden/),
      "Russian invasion of Ukraine (2022)",
      expect.stringMatching(/summit/i),
    ]);
    await h.page.getByLabel("Status").selectOption("PROPOSED");
    await h.page.waitForURL(/\/events\?status=PROPOSED$/);
    await h.page.getByText(/^2 events,/).waitFor();
    expect(await rows.first().innerText()).toMatch(/Proposed for: “as early as February or March” → between 2025-02-01 and 2025-03-31/);
    expect(await rows.allInnerTexts()).not.toContainEqual(expect.stringMatching(/Began/));
    await h.page.getByLabel("Type").selectOption("SUMMIT");
    await h.page.waitForURL(/\/events\?status=PROPOSED&type=SUMMIT$/);
    await h.page.getByText(/^1 event,/).waitFor();
    await rows.getByRole("link").click();
    await h.page.waitForURL(/\/events\/Event:putin-trump-summit$/);
    expect(await h.page.locator(".facts").first().innerText()).toMatch(/^Proposed for/i);
  });

  it("lists sources, and the header navigates between sections, marking the current one", async () => {
    await visit("/sources", () => h.page.getByText(/^1 source$/).waitFor(), "sources-index");
    await h.page.locator("[data-testid=source-row]").getByRole("link").click();
    await h.page.waitForURL(/\/sources\/Source:trump-admits-talking-to-putin$/);
    await h.page.getByRole("heading", { level: 1, name: /^Trump admits to talking to Putin/ }).waitFor();
    const nav = h.page.getByRole("navigation", { name: "Sections" });
    expect(await nav.getByRole("link", { name: "Sources" }).getAttribute("aria-current")).toBe("page");
    await nav.getByRole("link", { name: "Events" }).click();
    await h.page.waitForURL(/\/events$/);
    expect(await nav.getByRole("link", { name: "Events" }).getAttribute("aria-current")).toBe("page");
    await visit(`/sources/Source:trump-admits-talking-to-putin?start=1797&end=1883`, () => h.page.locator(".source-text mark").waitFor());
  });

  it("search finds denials, and each hit opens the record's own page", async () => {
    await visit("/search?q=denied", () => h.page.locator("[data-testid=search-hit]").first().waitFor(), "search");
    const denial = h.page.locator("[data-testid=search-hit]").filter({ hasText: /^Denial by Kremlin/ });
    await denial.getByRole("link").click();
    await h.page.waitForURL(new RegExp(`/denials/${DENIAL}$`));
    await h.page.getByRole("heading", { level: 1, name: "Denial by Kremlin" }).waitFor();

    await h.page.goto(h.at("/search?q=beneficial"));
    const statement = h.page
      .locator("[data-testid=search-hit]")
      .filter({ hasText: /^Statement by Donald Trump/ })
      .first();
    await statement.getByRole("link").click();
    await h.page.waitForURL(new RegExp(`/statements/${STATEMENT}$`));
  });

  it("draws the timeline: partial dates as bands, undated items listed apart, filterable by actor", async () => {
    await visit("/timeline", () => h.page.locator(".timeline-chart svg").waitFor(), "timeline");
    expect(await h.page.locator(".count").innerText()).toMatch(
      /^5 dated items on the axis, 22 items whose source gives no date listed apart$/,
    );
    const bars = h.page.locator(".timeline-chart .bar rect");
    expect(await bars.count()).toBe(5);
    // "As early as February or March" (2025) is a band two months wide; the 2022 invasion's day is a sliver.
    const width = async (label: RegExp) =>
      Number(await h.page.locator(".timeline-chart .bar").filter({ hasText: label }).locator("rect").getAttribute("width"));
    // About 12 years of axis over 940 units: two months are some 13 units, not the 6-unit minimum of a day.
    expect(await width(/summit/i)).toBeGreaterThan(10);
    expect(await width(/summit/i)).toBeLessThan(20);
    expect(await h.page.locator(".timeline-chart .bar.is-open").count()).toBe(2); // the ongoing war and invasion
    expect(await h.page.getByRole("heading", { name: "Undated (22)" }).count()).toBe(1);
    expect(await h.page.locator("[data-testid=undated-item]").filter({ hasText: "“on Friday”, not resolved" }).count()).toBeGreaterThan(0);

    await h.page.getByLabel("Actor").selectOption("Person:joe-biden");
    await h.page.waitForURL(/\/timeline\?actor=Person:joe-biden$/);
    await h.page.getByText(/^1 dated item on the axis/).waitFor();
    expect(await h.page.locator("[data-testid=timeline-item]").allInnerTexts()).toEqual([expect.stringMatching(/Biden/)]);
  });

  it("fits 375 px wide without sideways scrolling, every new view", async () => {
    await h.page.setViewportSize({ width: 375, height: 800 });
    for (const path of [
      "/?speaker=Person:donald-trump&about=Person:vladimir-putin&disputed=1",
      `/statements/${STATEMENT}`,
      `/denials/${DENIAL}`,
      "/events",
      "/sources",
      "/timeline",
    ]) {
      await h.page.goto(h.at(path));
      await h.page.getByRole("heading", { level: 1 }).first().waitFor();
      // Every loader gone (a view may show several at once: the speakers and the statements). Locators, not
      // waitForFunction: the dashboard's CSP forbids the eval a string predicate needs.
      const loaders = h.page.locator(".state-loading");
      while ((await loaders.count()) > 0) await loaders.first().waitFor({ state: "detached" });
      expect(await h.page.evaluate<number>("document.documentElement.scrollWidth"), path).toBeLessThanOrEqual(375);
    }
    await h.page.setViewportSize({ width: 1280, height: 900 });
  });

  // Last: it changes the data the tests above count.
  it("marks a deprecated statement, lists it only with “Show deprecated”, and counts its edits", async () => {
    const made = await runScript(cli("token"), { DATABASE_URL: h.databaseUrl }, 60_000, ["create", "--role", "editor", "--name", "e2e"]);
    const token = /^(clm_\S+)$/m.exec(made.output)?.[1] ?? "";
    const id = "Statement:trump-concern-bloodbath";
    const answer = await postGraphQL(
      h.server.url,
      `mutation { deprecateStatement(input: { id: "${id}", reason: "duplicate of Statement:trump-concern-lives-lost" }) { changed } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(answer.body.data).toEqual({ deprecateStatement: { changed: true } });

    await h.page.goto(h.at("/?speaker=Person:donald-trump"));
    await h.page.getByText(/^Showing 10 of 13 statements/).waitFor();
    await h.page.getByLabel("Show deprecated").check();
    await h.page.waitForURL(/\?speaker=Person:donald-trump&deprecated=1$/);
    await h.page.getByText(/^Showing 10 of 14 statements/).waitFor();
    await h.page.getByRole("button", { name: /^Load more/ }).click();
    const deprecated = h.page.locator("[data-testid=statement].is-deprecated");
    await deprecated.waitFor();
    expect(await deprecated.locator(".badge.deprecated").innerText()).toBe("Deprecated: duplicate of Statement:trump-concern-lives-lost");

    await visit(`/statements/${id}`, () => h.page.getByRole("heading", { level: 1, name: "Statement by Donald Trump" }).waitFor());
    expect(await h.page.locator(".record-facts").innerText()).toMatch(/Edits\s+edited 1 time, last at 20\d\d-/i);
    expect(await h.page.getByRole("main").innerText()).toMatch(/Deprecated: duplicate of Statement:trump-concern-lives-lost/);
  });
});
