// One server process on a fresh SQLite file with the seeded article, and one headless Chromium, per test file.
// `describeInBrowser` skips (or, with REQUIRE_BROWSER=1, fails) where there is no Chromium.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { startServer, type RunningServer } from "../support/start-server.js";
import { HAVE_CHROMIUM, launchBrowser, type Browser } from "./browser.js";

const DASHBOARD = fileURLToPath(new URL("../../apps/dashboard/dist/index.html", import.meta.url));

export interface Harness {
  page: Page;
  browser: Browser;
  server: RunningServer;
  /** The server's database, for scripts run beside it (`npm run token`). */
  databaseUrl: string;
  /** The absolute URL of a path on the server. */
  at(path: string): string;
}

/** A describe block with a running server, a browser and a page, set up once for its tests. */
export function describeInBrowser(title: string, body: (h: Harness) => void) {
  describe.skipIf(!HAVE_CHROMIUM)(title, () => {
    const dir = mkdtempSync(join(tmpdir(), "claimline-e2e-"));
    const harness = {} as Harness;
    harness.at = (path) => `${harness.server.url}${path}`;
    harness.databaseUrl = `file:${join(dir, "claimline.db")}`;
    beforeAll(async () => {
      if (!existsSync(DASHBOARD)) throw new Error(`${DASHBOARD} is missing: build the dashboard first (npm run build)`);
      [harness.server, harness.browser] = await Promise.all([startServer({ DATABASE_URL: harness.databaseUrl }), launchBrowser()]);
      harness.page = await harness.browser.context.newPage();
    });
    afterAll(async () => {
      await harness.browser?.close();
      await harness.server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    body(harness);
  });
}

/** Writes a screenshot of the page to docs/<name>.png only when UPDATE_SCREENSHOT=1 (CI fails on a changed file). */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  const path = fileURLToPath(new URL(`../../docs/${name}.png`, import.meta.url));
  return page.screenshot(process.env.UPDATE_SCREENSHOT === "1" ? { path, fullPage: true } : { fullPage: true });
}
