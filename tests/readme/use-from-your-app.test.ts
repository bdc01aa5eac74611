// README "Use it from your app", block by block, as a stranger would follow it: pack @claimline/client, install it
// into an empty folder, type-check and run the five-line query and a codegen-typed operation against the server
// process, and send the CORS preflight.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../support/start-server.js";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const LOCAL_API = "http://localhost:4000/graphql";

/** The code block right after `<!-- example-NAME -->` in the README. */
function block(name: string): string {
  const code = new RegExp(`<!-- example-${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(README)?.[1];
  if (!code) throw new Error(`README.md has no block after <!-- example-${name} -->`);
  return code;
}

const npm = (cwd: string, ...args: string[]) =>
  run("npm", [...args, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd, timeout: 240_000 });

describe("README: Use it from your app", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimline-readme-"));
  const app = join(dir, "app");
  let server: RunningServer;
  const cors = /CORS_ORIGINS="([^"]+)"/.exec(block("cors"))?.[1] ?? "";

  beforeAll(async () => {
    mkdirSync(join(app, "src"), { recursive: true });
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "newsroom-app", private: true, type: "module" }));
    const [started] = await Promise.all([
      startServer({ DATABASE_URL: `file:${join(dir, "claimline.db")}`, CORS_ORIGINS: cors }),
      // prepack builds dist/ (with the SDL) first.
      run("npm", ["pack", "--pack-destination", dir, "--silent"], { cwd: join(ROOT, "packages/client") }),
    ]);
    server = started;
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("installs from the tarball with the README's command", async () => {
    const tarball = readdirSync(dir).find((file) => file.startsWith("claimline-client-") && file.endsWith(".tgz"));
    expect(tarball).toBeDefined();
    const [command, verb, ...packages] = block("install").trim().split(/\s+/);
    expect([command, verb]).toEqual(["npm", "install"]);
    await npm(app, "install", ...packages.map((name) => (name === "@claimline/client" ? join(dir, tarball!) : name)));
    const installed = JSON.parse(readFileSync(join(app, "node_modules/@claimline/client/package.json"), "utf8"));
    expect(installed.name).toBe("@claimline/client");
    expect(readFileSync(join(app, "node_modules/@claimline/client/dist/schema.graphql"), "utf8")).toContain(
      "type Statement implements Node",
    );
  }, 240_000);

  it("generates types for its own operation, type-checks both programs and runs them against the server", async () => {
    await npm(app, "install", "-D", "@graphql-codegen/cli", "@graphql-codegen/client-preset");
    const api = `${server.url}/graphql`;
    writeFileSync(join(app, "codegen.ts"), block("codegen"));
    writeFileSync(join(app, "src/query.ts"), block("query").replace(LOCAL_API, api));
    writeFileSync(join(app, "src/putin.ts"), block("operation").replace(LOCAL_API, api));
    await run(join(app, "node_modules/.bin/graphql-codegen"), [], { cwd: app, timeout: 120_000 });
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          lib: ["ES2023", "DOM"],
          outDir: "dist",
          skipLibCheck: true,
          types: [],
        },
        include: ["src"],
      }),
    );
    // Strict TypeScript: a wrong field or variable in either program fails here.
    await run(process.execPath, [TSC, "-p", "."], { cwd: app, timeout: 120_000 });
    const query = await run(process.execPath, ["dist/query.js"], { cwd: app });
    expect(query.stdout).toBe(
      "Trump suggested that his private conversations with the Russian leader were beneficial. Denied by: Kremlin, traditional media outlets\n",
    );
    const putin = await run(process.execPath, ["dist/putin.js"], { cwd: app });
    expect(putin.stdout).toBe("Trump on Putin: 9 statements\n");
  }, 360_000);

  it("answers the README's preflight for the origin CORS_ORIGINS names", async () => {
    expect(cors).toBe("https://newsroom.example,*");
    const curl = block("cors")
      .split("\n")
      .find((line) => line.startsWith("curl "))!;
    const args = [...curl.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!).slice(1);
    const { stdout } = await run(
      "curl",
      args.map((arg) => arg.replace("http://localhost:4000", server.url)),
    );
    expect(stdout).toMatch(/^HTTP\/1\.1 204/);
    expect(stdout).toMatch(/^access-control-allow-origin: https:\/\/newsroom\.example\r$/m);
    expect(stdout).toMatch(/^access-control-allow-methods: GET, POST\r$/m);
    expect(stdout).not.toMatch(/access-control-allow-credentials/i);
  });
});
