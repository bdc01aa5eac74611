// `claimline` (apps/cli, built) against the real server process on a fresh SQLite file with the seeded article.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../support/processes.js";
import { startServer, type RunningServer } from "../support/start-server.js";

const CLI = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));

describe("claimline, the command line, against the server process", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-cli-"));
  let server: RunningServer;
  const claimline = (...args: string[]) => runScript(CLI, { CLAIMLINE_API: `${server.url}/graphql` }, 30_000, args);
  beforeAll(async () => {
    server = await startServer({ DATABASE_URL: `file:${join(dir, "claimline.db")}` });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists Trump's statements about Putin, newest first, with the Kremlin's denial beside the disputed one", async () => {
    const { code, output } = await claimline("statements", "--speaker", "Donald Trump", "--about", "Putin");
    expect(code, output).toBe(0);
    expect(output).toMatch(/\n9 statements\n$/);
    expect(output).toContain("Donald Trump · SUGGESTION · DISPUTED  Statement:trump-private-conversations-beneficial");
    expect(output).toContain("Kremlin (denied, undated)  Denial:kremlin-denies-private-conversations-claims");
    expect(output).toContain('quote: "better not say"');
    expect(output).toContain(
      'source Source:trump-admits-talking-to-putin [1797, 1883): "even suggesting that his private conversations with the Russian leader were beneficial"',
    );
    // Every statement printed is about Putin: "Zelenskyy" is in a statement of Trump's, but not one about Putin.
    expect(output).not.toContain("Zelenskyy to discuss");
  });

  it("prints --disputed statements as JSON a script can read", async () => {
    const { code, output } = await claimline("statements", "--speaker", "Person:donald-trump", "--disputed", "--json");
    expect(code, output).toBe(0);
    const statements = JSON.parse(output);
    expect(statements.map((s: any) => s.id)).toEqual(["Statement:trump-private-conversations-beneficial"]);
    expect(statements[0].denials.map((d: any) => d.denier.name)).toEqual(["Kremlin", "traditional media outlets"]);
  });

  it("writes --csv from the server's export: a header, then one row per statement", async () => {
    const { code, output } = await claimline("statements", "--speaker", "Donald Trump", "--about", "Putin", "--csv");
    expect(code, output).toBe(0);
    const lines = output.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^id,stated_at,speaker_id,speaker,/);
    expect(lines).toHaveLength(1 + 9);
    expect(lines.find((line) => line.startsWith("Statement:trump-private-conversations-beneficial,"))).toContain(
      "Kremlin; traditional media outlets",
    );
  });

  it("searches, and shows any record by id", async () => {
    const search = await claimline("search", "summit");
    expect(search.code, search.output).toBe(0);
    expect(search.output).toMatch(
      /^ 1\. Event:putin-trump-summit {2}Proposed Putin–Trump summit \(PROPOSED\)\n {4}Proposed Putin–Trump «summit»/,
    );
    const event = await claimline("show", "Event:putin-trump-summit");
    expect(event.output).toContain("SUMMIT · PROPOSED");
    expect(event.output).toContain("with Vladimir Putin");
    const person = await claimline("show", "Person:vladimir-putin");
    expect(person.output).toContain("also: Putin, the Russian leader");
  });

  it("says what is wrong, with the server's code, and exits 1; an unreachable server exits 2", async () => {
    expect(await claimline("show", "Statement:nope")).toEqual({ code: 1, output: "no record Statement:nope\n" });
    const common = await claimline("search", "the");
    expect(common.code).toBe(1);
    expect(common.output).toMatch(/^BAD_USER_INPUT: /);
    const nobody = await claimline("statements", "--about", "Nobody");
    expect(nobody.code).toBe(1);
    expect(nobody.output).toContain('no actor is named "Nobody"');
    const usage = await claimline("statements");
    expect(usage.code).toBe(1);
    expect(usage.output).toContain("usage: claimline statements");
    const away = await runScript(CLI, { CLAIMLINE_API: "http://127.0.0.1:9/graphql" }, 30_000, ["search", "summit"]);
    expect(away.code).toBe(2);
    expect(away.output).toMatch(/^cannot reach Claimline at http:\/\/127\.0\.0\.1:9\/graphql/);
  });
});
