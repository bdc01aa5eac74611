// The graphql-http package's audits of the GraphQL-over-HTTP specification, against the real server process:
// every MUST holds (an "error" fails the suite); SHOULD and MAY items ("warn", "notice") are printed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/start-server.js";

describe("graphql-http's server audits against the server process", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-audit-"));
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DATABASE_URL: `file:${join(dir, "claimline.db")}`, NODE_ENV: "production" });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes every audit the specification makes a MUST", async () => {
    const audits = serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch });
    expect(audits.length).toBeGreaterThan(0);
    const results = await Promise.all(audits.map(async (audit) => ({ ...(await audit.fn()), name: audit.name })));
    const notes = results.filter((r) => r.status !== "ok").map((r) => `${r.status}: ${r.name}${"reason" in r ? ` (${r.reason})` : ""}`);
    if (notes.length > 0) console.info(`graphql-http audit notes:\n  ${notes.join("\n  ")}`);
    expect(results.filter((r) => r.status === "error").map((r) => r.name)).toEqual([]);
  });
});
