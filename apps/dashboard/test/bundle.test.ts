// The browser bundle carries none of the server's machinery: no type-graphql, no reflect-metadata, no
// workspace package. Checked on the built files (npm run build -w @claimline/dashboard; turbo builds first).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const built = existsSync(join(dist, "index.html"));

const FORBIDDEN = [
  /type-graphql/i,
  /reflect-metadata/i,
  /Reflect\.(getMetadata|defineMetadata|metadata)\b/,
  /@claimline\//,
  /better-sqlite3|kysely/i,
  /TypeGraphQL/,
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe.skipIf(!built)("the built dashboard bundle (dist/)", () => {
  it("has the dashboard at index.html and GraphiQL at explorer/index.html", () => {
    expect(readFileSync(join(dist, "index.html"), "utf8")).toMatch(/<script type="module"[^>]+src="\/assets\/main-[\w-]+\.js"/);
    expect(readFileSync(join(dist, "explorer/index.html"), "utf8")).toMatch(
      /<script type="module"[^>]+src="\/assets\/explorer-[\w-]+\.js"/,
    );
  });

  it("contains no type-graphql, reflect-metadata, server store or @claimline/* code", () => {
    const scripts = files(dist).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(1);
    for (const file of scripts) {
      const text = readFileSync(file, "utf8");
      for (const pattern of FORBIDDEN) expect(pattern.test(text), `${file.slice(dist.length)} matches ${pattern}`).toBe(false);
    }
  });

  it('keeps one copy of graphql-js (two give "Cannot use GraphQLSchema from another module or realm")', () => {
    const scripts = files(dist).filter((file) => file.endsWith(".js") && !/worker/.test(file));
    const copies = scripts.filter((file) => readFileSync(file, "utf8").includes("from another module or realm"));
    expect(copies.length).toBeLessThanOrEqual(1);
  });
});

if (!built) console.warn("dashboard bundle test skipped: apps/dashboard/dist is missing (run npm run build -w @claimline/dashboard)");
