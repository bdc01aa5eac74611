// The real server process with a bad environment: it exits 2 with one line naming the variable, and never touches
// the database (the SQLite file it was pointed at is not created).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAIN } from "../support/start-server.js";

const dir = mkdtempSync(join(tmpdir(), "claimline-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr, stdout })));
}

describe("start-up with a bad environment", () => {
  it.each([
    ["PORT", "eighty", /^claimline: cannot start: PORT must be a whole number from 0 to 65535, got "eighty"\n$/],
    [
      "LOG_LEVEL",
      "loud",
      /^claimline: cannot start: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"\n$/,
    ],
    ["DATABASE_POOL_SIZE", "-3", /^claimline: cannot start: DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "-3"\n$/],
  ])("%s=%s: exit 2, one line, no database file", async (name, value, message) => {
    const file = join(dir, `${name}.db`);
    const { code, stderr, stdout } = await run({ DATABASE_URL: `file:${file}`, [name]: value });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
    expect(existsSync(file)).toBe(false);
  });

  it("DATABASE_URL that is neither file: nor postgres://: exit 2, one line", async () => {
    const { code, stderr } = await run({ DATABASE_URL: "mysql://root@localhost/claimline" });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'claimline: cannot start: DATABASE_URL must be file:/path/to.db or postgres://user@host:5432/db, got "mysql://root@localhost/claimline"\n',
    );
  });
});
