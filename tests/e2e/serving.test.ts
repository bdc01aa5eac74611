// How the server process serves the built dashboard beside the API (no browser needed): files, the SPA
// fallback for page paths, /explorer, and plain 404s for API paths and missing files.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

const DASHBOARD = fileURLToPath(new URL("../../apps/dashboard/dist/index.html", import.meta.url));

describe("the server process serves the built dashboard at /", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-serving-"));
  let server: RunningServer;
  beforeAll(async () => {
    if (!existsSync(DASHBOARD)) throw new Error(`${DASHBOARD} is missing: build the dashboard first (npm run build)`);
    server = await startServer({ DATABASE_URL: `file:${join(dir, "claimline.db")}` });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

  it("says where the dashboard is when it starts", () => {
    expect(server.output()).toMatch(
      /dashboard at http:\/\/localhost:\d+\/ and the offline GraphiQL explorer at http:\/\/localhost:\d+\/explorer/,
    );
  });

  it("answers / and every page path with the dashboard's index.html, revalidated on each visit", async () => {
    for (const path of [
      "/",
      "/?speaker=Person:donald-trump",
      "/events/Event:putin-trump-summit",
      "/sources/Source:x?start=1&end=2",
      "/search?q=summit",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toMatch(/<div id="root"><\/div>/);
    }
  });

  it("serves hashed assets with a long cache, and 404s for a missing file instead of a page", async () => {
    const html = await (await get("/")).text();
    const script = /src="(\/assets\/main-[\w-]+\.js)"/.exec(html)![1]!;
    const asset = await get(script);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await get("/assets/missing-0000.js")).status).toBe(404);
  });

  it("serves GraphiQL at /explorer", async () => {
    const response = await get("/explorer");
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/GraphiQL explorer/);
  });

  it("leaves the API alone: /graphql answers, Sandbox still opens there, unknown API paths and POSTs get JSON 404s", async () => {
    const { status, body } = await postGraphQL(server.url, `{ actor(id: "Person:donald-trump") { name } }`);
    expect(status).toBe(200);
    expect(body.data.actor.name).toBe("Donald Trump");
    expect(await (await get("/graphql", { headers: { accept: "text/html" } })).text()).toMatch(/embeddable-sandbox/);
    expect((await get("/healthz")).status).toBe(200);
    expect((await get("/readyz")).status).toBe(200);
    for (const response of [await get("/graphql/extra"), await get("/readyz/extra"), await get("/nothing", { method: "POST" })]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    }
  });
});
