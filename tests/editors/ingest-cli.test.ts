import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, ingestCli, runScript } from "../support/processes.js";

const FIXTURE = fileURLToPath(new URL("../../packages/ingest/fixtures/valdoria-kestria-border.json", import.meta.url));
const KNOWN = FIXTURE.replace(/\.json$/, ".known.json");

for (const dialect of DIALECTS) {
  describe(`${dialect}: npm run ingest writes a proposal that npm run import stores`, () => {
    let database: TestDatabase | undefined;
    let dir = "";
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      dir = await mkdtemp(join(tmpdir(), "claimline-ingest-"));
      const { text } = JSON.parse(await readFile(FIXTURE, "utf8")) as { text: string };
      await writeFile(join(dir, "article.txt"), text);
    });
    afterAll(async () => {
      await database?.drop();
      await rm(dir, { recursive: true, force: true });
    });

    it("proposes, imports in one go, and finds the document already there the second time", async () => {
      const out = join(dir, "proposal.json");
      const args = [join(dir, "article.txt"), "--title", "Border talks", "--publisher", "Continental Wire", "--published", "2025-03-14"];
      const ingest = await runScript(ingestCli, {}, 60_000, [
        ...args,
        "--url",
        "https://example.org/border",
        "--known",
        KNOWN,
        "--out",
        out,
      ]);
      expect(ingest.code, ingest.output).toBe(0);
      expect(ingest.output).toMatch(/proposed \d+ actors \(\d+ new\), 11 statements, 2 denials, \d+ events in \d+ ms/);
      const proposal = JSON.parse(await readFile(out, "utf8"));
      expect(proposal.source).toMatchObject({ id: "border-talks", publisher: "Continental Wire", publishedAt: { value: "2025-03-14" } });
      // The known actors keep their ids (and gain the new spans); the others are flagged new for the editor.
      expect(proposal.actors.find((a: any) => a.id === "anton-meric").description).toBeNull();
      expect(proposal.actors.find((a: any) => a.id === "piet-vanek").description).toMatch(
        /^New actor\. Proposed by the ingest assistant \(rule/,
      );
      for (const record of [...proposal.actors, ...proposal.statements, ...proposal.denials, ...proposal.events]) {
        for (const span of record.evidence) expect(proposal.text.slice(span.start, span.end)).toBe(span.exact);
      }

      const imported = await runScript(cli("import"), { DATABASE_URL: database!.url }, 60_000, [out]);
      expect(imported.code, imported.output).toBe(0);
      expect(imported.output).toMatch(
        /✓ .*proposal\.json: stored border-talks \(11 statements, 2 denials, \d+ events, \d+ actors, \d+ spans\)/,
      );
      const again = await runScript(cli("import"), { DATABASE_URL: database!.url }, 60_000, [out]);
      expect(again.output).toMatch(/1 file\(s\): 0 stored, 1 already there, 0 refused/);
    });

    it("refuses a malformed date and a missing file with a reason and a non-zero exit", async () => {
      const badDate = await runScript(ingestCli, {}, 30_000, [join(dir, "article.txt"), "--published", "14 March"]);
      expect(badDate.code).toBe(2);
      expect(badDate.output).toMatch(/--published must be YYYY-MM-DD/);
      const missing = await runScript(ingestCli, {}, 30_000, [join(dir, "nope.txt")]);
      expect(missing.code).toBe(1);
      expect(missing.output).toMatch(/ENOENT/);
    });
  });
}
