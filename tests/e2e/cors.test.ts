// A page on another origin queries the real server process in Chromium, with CORS_ORIGINS="*,<editor origin>":
// any origin reads, only the named one may write, and a preflight carrying a bearer token is answered.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/start-server.js";
import { HAVE_CHROMIUM, launchBrowser, type Browser } from "./browser.js";

/** A page whose `ask(api, query, headers)` POSTs to another origin and says what the browser let it see. */
const PAGE = `<!doctype html><title>Another app</title><script>
  window.ask = async (api, query, headers = {}) => {
    try {
      const response = await fetch(api + "/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: await response.json() };
    } catch (error) {
      return { blocked: String(error) };
    }
  };
</script>`;

/** Serves PAGE on 127.0.0.1 at a port of its own: an origin the server did not come from. */
async function servePage(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const READ = '{ statements(filter: { speakerName: "Donald Trump", disputed: true }) { nodes { content } } }';
const WRITE = 'mutation { createPerson(input: { name: "Ana Rivera", evidence: [] }) { person { id } } }';

interface Answer {
  status?: number;
  body?: any;
  blocked?: string;
}

describe.skipIf(!HAVE_CHROMIUM)("a page on another origin, in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-cors-"));
  let api: RunningServer;
  let browser: Browser;
  let editor: { origin: string; server: Server };
  let reader: { origin: string; server: Server };
  const ask = async (from: string, query: string, headers: Record<string, string> = {}) => {
    const page: Page = await browser.context.newPage();
    await page.goto(`${from}/`);
    const answer = await page.evaluate<Answer, [string, string, Record<string, string>]>(
      ([url, body, extra]) => (globalThis as unknown as { ask: (...args: unknown[]) => Promise<Answer> }).ask(url, body, extra),
      [api.url, query, headers],
    );
    await page.close();
    return answer;
  };

  beforeAll(async () => {
    [editor, reader] = await Promise.all([servePage(), servePage()]);
    [api, browser] = await Promise.all([
      startServer({ DATABASE_URL: `file:${join(dir, "claimline.db")}`, CORS_ORIGINS: `*,${editor.origin}` }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    editor?.server.close();
    reader?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads: Trump's disputed statement reaches a page on any origin", async () => {
    const answer = await ask(reader.origin, READ);
    expect(answer.blocked).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.body.data.statements.nodes).toEqual([
      { content: "Trump suggested that his private conversations with the Russian leader were beneficial." },
    ]);
  });

  it("refuses a write from an origin that `*` lets read only: 403 FORBIDDEN, readable by the page", async () => {
    const answer = await ask(reader.origin, WRITE);
    expect(answer.status).toBe(403);
    expect(answer.body.errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("lets the named origin write, bearer token preflighted: the token is then checked like anyone's", async () => {
    const answer = await ask(editor.origin, WRITE, { authorization: "Bearer not-a-real-token" });
    expect(answer.blocked).toBeUndefined();
    expect(answer.status).toBe(401);
    expect(answer.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe.skipIf(!HAVE_CHROMIUM)("a page on another origin, CORS_ORIGINS unset", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-cors-none-"));
  let api: RunningServer;
  let browser: Browser;
  let other: { origin: string; server: Server };
  beforeAll(async () => {
    other = await servePage();
    [api, browser] = await Promise.all([startServer({ DATABASE_URL: `file:${join(dir, "claimline.db")}` }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    other?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is blocked by the browser: the server allows no other origin by default", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${other.origin}/`);
    const answer = await page.evaluate<Answer, [string, string]>(
      ([url, body]) => (globalThis as unknown as { ask: (...args: unknown[]) => Promise<Answer> }).ask(url, body),
      [api.url, READ],
    );
    expect(answer.blocked).toMatch(/Failed to fetch/);
  });
});
