import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const CLI = createRequire(import.meta.url).resolve("relay-compiler/cli.js");
const SCHEMA = fileURLToPath(new URL("../../apps/server/schema.graphql", import.meta.url));
const OPERATIONS = fileURLToPath(new URL("./operations", import.meta.url));

/** Compiles the dashboard-style operations (plus any extra files) against the committed SDL, in a scratch folder. */
function compile(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "claimline-relay-"));
  cpSync(OPERATIONS, join(dir, "operations"), { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, "operations", name), text);
  const config = JSON.parse(readFileSync(new URL("./relay.config.json", import.meta.url), "utf8"));
  writeFileSync(join(dir, "relay.config.json"), JSON.stringify({ ...config, schema: SCHEMA }));
  const result = spawnSync(process.execPath, [CLI], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  dirs.push(dir);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("a real Relay client's check: relay-compiler against the committed SDL", () => {
  it("compiles connections, refetchable fragments on Actor (through Node), unions and search", () => {
    const { status, output } = compile();
    expect(output).toMatch(/Compilation completed/);
    expect(status).toBe(0);
  });

  it("fails on an operation the schema does not support, naming the problem", () => {
    const broken = `import { graphql } from "./graphql.js";
export const BrokenQuery = graphql\`query BrokenQuery { statements(first: 5) { edges { node { id notAField } } } }\`;
`;
    const { status, output } = compile({ "Broken.ts": broken });
    expect(status).not.toBe(0);
    expect(output).toMatch(/notAField/);
  });
});
