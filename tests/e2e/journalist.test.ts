// The journalist's question, answered on one page: what did Trump say about Putin that someone denied, in whose
// exact words, and a citation to paste. Drives the About picker by keyboard and reads the real clipboard.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeInBrowser } from "./harness.js";

const TITLE = "Trump admits to talking to Putin about ending invasion of Ukraine";
const STATEMENT_WORDS = "even suggesting that his private conversations with the Russian leader were beneficial";

describeInBrowser("the journalist's question in headless Chromium", (h) => {
  it("Trump's statements about Putin, disputed only: the one statement, and the Kremlin's denial in its exact words", async () => {
    const { page } = h;
    await page.goto(h.at("/?speaker=Person:donald-trump"));
    await page.getByRole("heading", { level: 1, name: "Donald Trump" }).waitFor();

    // Type-ahead over actors: part of a name, arrow down, Enter.
    const about = page.getByRole("combobox", { name: "About" });
    await about.fill("Put");
    await page.getByRole("option", { name: "Vladimir Putin" }).waitFor();
    await about.press("ArrowDown");
    await about.press("ArrowUp");
    await about.press("Enter");
    await page.waitForURL(/about=Person:vladimir-putin/);
    await page.getByRole("button", { name: "Remove Vladimir Putin" }).waitFor();
    await page.getByText(/^Showing 9 of 9 statements/).waitFor();

    await page.getByLabel("Disputed only").check();
    await page.waitForURL(/[?&]speaker=Person:donald-trump&about=Person:vladimir-putin&disputed=1$/);
    await page.getByText(/^Showing 1 of 1 statement,/).waitFor();

    const statement = page.locator("[data-testid=statement]");
    expect(await statement.count()).toBe(1);
    expect(await statement.locator(".statement-text").innerText()).toMatch(
      /^Editor’s summary\s+Trump suggested that his private conversations with the Russian leader were beneficial\.$/i,
    );
    const own = statement.locator("[data-testid=exact-words]").first();
    expect(await own.locator("blockquote").innerText()).toMatch(
      /^Exact words:\s*“even suggesting that his private conversations with the Russian leader were beneficial”$/,
    );
    expect(await own.locator("cite").innerText()).toBe(TITLE);

    const kremlin = statement.locator("[data-testid=denial]").filter({ hasText: /^Kremlin/ });
    expect(await kremlin.locator("blockquote").innerText()).toMatch(
      /^Exact words:\s*“However, these claims have been denied by both the Kremlin and traditional media outlets\.”$/,
    );
    expect(await kremlin.locator("cite").innerText()).toBe(TITLE);
    expect(await kremlin.getByRole("link", { name: /^Show in source/ }).count()).toBe(1);

    // The same view from its URL alone: the picker shows the chosen actor by name, the box stays ticked.
    await page.goto(h.at("/?speaker=Person:donald-trump&about=Person:vladimir-putin&disputed=1"));
    await page.getByRole("button", { name: "Remove Vladimir Putin" }).waitFor();
    expect(await page.getByLabel("Disputed only").isChecked()).toBe(true);
    await page.getByText(/^Showing 1 of 1 statement,/).waitFor();
  });

  it("offers About… chips with counts on the speaker page, each a link to that filter", async () => {
    const { page } = h;
    await page.goto(h.at("/?speaker=Person:donald-trump"));
    const chips = page.getByRole("navigation", { name: /^About…/ });
    await chips.getByRole("link").first().waitFor();
    expect(await chips.getByRole("link").allInnerTexts()).toEqual(["Vladimir Putin · 9 statements", "Volodymyr Zelenskyy · 1 statement"]);
    await chips.getByRole("link", { name: /^Volodymyr Zelenskyy/ }).click();
    await page.waitForURL(/about=Person:volodymyr-zelenskyy$/);
    await page.getByText(/^Showing 1 of 1 statement,/).waitFor();
    expect(await chips.getByRole("link", { name: /^Volodymyr Zelenskyy/ }).getAttribute("aria-current")).toBe("true");
  });

  it("copies a citation as plain text and as Markdown, and a link to the view", async () => {
    const { page } = h;
    await h.browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.server.url });
    await page.goto(h.at("/?speaker=Person:donald-trump&about=Person:vladimir-putin&disputed=1"));
    const statement = page.locator("[data-testid=statement]");
    await statement.waitFor();
    const id = "Statement:trump-private-conversations-beneficial";
    const clipboard = () => page.evaluate<string>("navigator.clipboard.readText()");

    await statement.locator(".record-actions").first().getByRole("button", { name: "Copy citation", exact: true }).click();
    await statement.getByText("Copied the citation.").waitFor();
    expect(await clipboard()).toBe(
      [
        "Donald Trump (statement, cue “suggesting”):",
        `“${STATEMENT_WORDS}”`,
        `Source: ${TITLE}`,
        "Characters 1797–1883",
        `Permalink: ${h.at(`/statements/${id}`)}`,
      ].join("\n"),
    );

    await statement.locator(".record-actions").first().getByRole("button", { name: "Copy citation as Markdown" }).click();
    await statement.getByText("Copied the citation as Markdown.").waitFor();
    expect(await clipboard()).toBe(
      [
        "**Donald Trump** (statement, cue *suggesting*):",
        `> ${STATEMENT_WORDS}\n\n— *${TITLE}*, characters 1797–1883`,
        `[Permalink](${h.at(`/statements/${id}`)})`,
      ].join("\n\n"),
    );

    const kremlin = statement.locator("[data-testid=denial]").filter({ hasText: /^Kremlin/ });
    await kremlin.getByRole("button", { name: "Copy citation", exact: true }).click();
    expect(await clipboard()).toMatch(/^Kremlin \(denial, cue “denied”\):\n“However, these claims have been denied/);
    expect(await clipboard()).toMatch(/\nPermalink: http:\/\/localhost:\d+\/denials\/Denial:kremlin-denies-private-conversations-claims$/);

    await page.getByRole("button", { name: "Copy link" }).click();
    expect(await clipboard()).toBe(h.at("/?speaker=Person:donald-trump&about=Person:vladimir-putin&disputed=1"));
  });

  it("every dashboard link the README gives shows results on the seeded article", async () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const links = [...new Set([...readme.matchAll(/(?:localhost:4000)?(\/\?speaker=[^\s>`)]+)/g)].map((m) => m[1] ?? ""))];
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) {
      await h.page.goto(h.at(link));
      await h.page.getByText(/^Showing [1-9]\d* of [1-9]\d* statements?,/).waitFor();
    }
  });
});
