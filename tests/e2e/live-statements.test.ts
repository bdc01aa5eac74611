// A speaker's page in the dashboard hears of statements stored while it is open: "1 new — show", and showing
// reloads the list with the new statement first.
import { createToken, readArticleDocument } from "@claimline/store";
import { createTestDatabase, type TestDatabase } from "@claimline/store/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";
import { HAVE_CHROMIUM, launchBrowser, type Browser } from "./browser.js";

const CREATE = `mutation($input: CreateStatementInput!) { createStatement(input: $input) { statement { id } } }`;

describe.skipIf(!HAVE_CHROMIUM)("the dashboard's speaker page, live", () => {
  let database: TestDatabase | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    [server, browser] = await Promise.all([startServer({ DATABASE_URL: database.url }), launchBrowser()]);
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.drop();
  });

  it("counts a statement stored while the page is open, and “1 new — show” puts it at the top", async () => {
    await page.goto(`${server!.url}/?speaker=Person:donald-trump`);
    await page.getByText(/^Showing 10 of 14 statements/).waitFor();
    // The subscription starts once the page has rendered; give its socket a moment to open.
    await page.waitForTimeout(1_000);

    const article = await readArticleDocument();
    const { start, end, exact } = article.statements.find((s) => s.speakerId === "donald-trump")!.evidence[0]!;
    const { token } = await createToken(database!.store.db, { name: "desk", role: "editor" });
    const content = "Trump said a harbour summit would follow within weeks.";
    const created = await postGraphQL(
      server!.url,
      CREATE,
      {
        input: {
          content,
          speakerId: "Person:donald-trump",
          quoteType: "INDIRECT",
          speechAct: "CLAIM",
          statedAt: { value: "2030-01-01", precision: "DAY", earliest: "2030-01-01", latest: "2030-01-01" },
          evidence: [{ sourceId: `Source:${article.source.id}`, start, end, exact }],
        },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(created.body.errors).toBeUndefined();

    const show = page.getByRole("button", { name: "1 new — show" });
    await show.waitFor({ timeout: 5_000 });
    await show.click();
    await page.getByText(/^Showing 10 of 15 statements/).waitFor();
    expect(await page.locator("[data-testid=statement]").first().innerText()).toContain(content);
    expect(await show.count()).toBe(0);
  });
});
