// An export of 100,000 statements from the real server process streams in constant memory: its RSS grows by less
// than 50 MB while it sends them all (prints the figures). SQLite only: the point is the server's streaming, and the
// import of 100,000 rows is most of this suite's time.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importDocument, migrateToLatest, openDatabase } from "@claimline/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkDocument } from "../support/bulk-document.js";
import { startServer, type RunningServer } from "../support/start-server.js";

const ROWS = 100_000;
const PER_SOURCE = 25_000;

/** The process's resident set in MB, as the kernel counts it. */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

describe(`an export of ${ROWS.toLocaleString("en")} statements`, () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-export-memory-"));
  const url = `file:${join(dir, "claimline.db")}`;
  let server: RunningServer;
  beforeAll(async () => {
    const store = openDatabase(url);
    await migrateToLatest(store.db);
    for (let k = 0; k < ROWS / PER_SOURCE; k++) await importDocument(store.db, bulkDocument(PER_SOURCE, `bulk${k}`));
    await store.close();
    // V8 collects lazily: uncapped, it lets garbage pile up to ~100 MB before a full collection, whatever the
    // work. The cap makes it collect, so what the RSS shows is what the export holds on to. An export that kept
    // its rows (claims.jsonld is about 60 MB here) would run out of heap instead.
    server = await startServer({ DATABASE_URL: url, RATE_LIMIT_CAPACITY: "0", NODE_OPTIONS: "--max-old-space-size=64" });
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("streams claims.jsonld to the end while the server's RSS grows by less than 50 MB", async () => {
    const pid = server.process.pid!;
    // Warm up (code paths compiled, pools opened), then measure from there.
    await (await fetch(`${server.url}/export/claims.jsonld?filter=${encodeURIComponent('{"speakerName":"Kremlin"}')}`)).text();
    const baseline = rssMb(pid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
    const started = Date.now();
    const response = await fetch(`${server.url}/export/claims.jsonld`);
    let bytes = 0;
    let claims = 0;
    let tail = "";
    const decoder = new TextDecoder();
    for await (const chunk of response.body! as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      const text = tail + decoder.decode(chunk, { stream: true });
      claims += text.split('{"@type":"Claim"').length - 1;
      tail = text.slice(-20);
    }
    clearInterval(sampler);
    const growth = peak - baseline;
    console.log(
      `export of ${claims} claims (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `server RSS ${baseline.toFixed(0)} MB before, ${peak.toFixed(0)} MB at peak, growth ${growth.toFixed(1)} MB`,
    );
    expect(response.status).toBe(200);
    // The seeded article's statements are there too.
    expect(claims).toBeGreaterThanOrEqual(ROWS);
    expect(growth).toBeLessThan(50);
  }, 240_000);
});
