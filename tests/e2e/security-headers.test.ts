// The security headers in a real browser: the dashboard, the bundled GraphiQL (which must still introspect and run
// a query) and Apollo Sandbox's landing page load under their Content-Security-Policy without a single violation.
// (Sandbox's own scripts come from Apollo's CDN, out of reach here: their failing to load is a network error, not
// a CSP violation, and is not counted.)
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/start-server.js";
import { HAVE_CHROMIUM, launchBrowser, type Browser } from "./browser.js";

const DASHBOARD = fileURLToPath(new URL("../../apps/dashboard/dist/index.html", import.meta.url));

// Chromium reports each blocked load both as a console error and as a securitypolicyviolation event.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI));
`;

describe.skipIf(!HAVE_CHROMIUM)("the Content-Security-Policy in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-csp-"));
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const consoleViolations: string[] = [];
  const at = (path: string) => `${server.url}${path}`;
  const violations = async () => [...consoleViolations, ...(await page.evaluate<string[]>("window.__violations ?? []"))];

  beforeAll(async () => {
    if (!existsSync(DASHBOARD)) throw new Error(`${DASHBOARD} is missing: build the dashboard first (npm run build)`);
    [server, browser] = await Promise.all([
      startServer({ DATABASE_URL: `file:${join(dir, "claimline.db")}`, NODE_ENV: "production" }),
      launchBrowser(),
    ]);
    await browser.context.addInitScript(RECORD_VIOLATIONS);
    page = await browser.context.newPage();
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) consoleViolations.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the policy and its companions with the dashboard", async () => {
    const response = (await page.goto(at("/")))!;
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/default-src 'self'.*script-src 'self';.*frame-ancestors 'none'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("no-referrer");
  });

  it("runs the dashboard under it: speakers load from /graphql, and nothing is refused", async () => {
    await page.goto(at("/"));
    await page
      .getByRole("link", { name: /Donald Trump/ })
      .first()
      .waitFor();
    expect(await violations()).toEqual([]);
  });

  it("runs GraphiQL under it: Monaco starts its workers, the schema is introspected, a query answers", async () => {
    const introspected = page.waitForResponse(
      (r) => r.url().endsWith("/graphql") && r.request().postData()?.includes("IntrospectionQuery") === true,
    );
    await page.goto(at("/explorer"));
    expect((await introspected).status()).toBe(200);
    await page.locator(".graphiql-query-editor").getByText("totalCount").waitFor();
    const answered = page.waitForResponse(
      (r) => r.url().endsWith("/graphql") && r.request().postData()?.includes("Person:donald-trump") === true,
    );
    await page.getByRole("button", { name: /Execute query/ }).click();
    expect((await answered).status()).toBe(200);
    await page.locator(".result-window").getByText("traditional media outlets").waitFor();
    expect(await violations()).toEqual([]);
  });

  it("opens Apollo Sandbox's landing page at /graphql under Apollo's own policy plus ours, refusing nothing", async () => {
    const response = (await page.goto(at("/graphql")))!;
    expect(response.status()).toBe(200);
    expect(response.headers()["content-security-policy"]).toBe("frame-ancestors 'none';object-src 'none';base-uri 'none'");
    // The page's inline script (nonce'd by Apollo) runs: it is what asks for Sandbox's script.
    expect(await page.locator("script[src*='embeddable-sandbox']").count()).toBe(1);
    await page.waitForLoadState("load");
    expect(await violations()).toEqual([]);
  });
});
