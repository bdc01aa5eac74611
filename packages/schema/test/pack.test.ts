// Packed and installed elsewhere, the package brings its peers along and builds a schema: what a stranger would try.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));

// Applies the decorators by hand: plain JavaScript, as an app without a TypeScript build would.
const PROBE = `
import "reflect-metadata";
import { printType } from "graphql";
import { buildSchema, Query, Resolver } from "type-graphql";
import { Statement } from "@claimline/schema";

class Probe {
  statement() {
    return null;
  }
}
Query(() => Statement, { nullable: true })(Probe.prototype, "statement", Object.getOwnPropertyDescriptor(Probe.prototype, "statement"));
Resolver()(Probe);
const schema = await buildSchema({ resolvers: [Probe], validate: false });
console.log(printType(schema.getType("StatementStatus")));
`;

describe("@claimline/schema as a tarball", () => {
  const folder = mkdtempSync(join(tmpdir(), "claimline-schema-pack-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("installs into an empty folder with its peers and builds a schema there", () => {
    // prepack builds dist/ first.
    execFileSync("npm", ["pack", "--pack-destination", folder, "--silent"], { cwd: PACKAGE, stdio: "pipe" });
    const tarball = readdirSync(folder).find((file) => file.endsWith(".tgz"));
    expect(tarball).toBe("claimline-schema-0.1.0.tgz");
    writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "stranger", private: true, type: "module" }));
    // Only the tarball is named: npm installs the declared peers (type-graphql, graphql, graphql-scalars, reflect-metadata).
    execFileSync("npm", ["install", `./${tarball!}`, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], {
      cwd: folder,
      stdio: "pipe",
    });
    writeFileSync(join(folder, "probe.mjs"), PROBE);
    const printed = execFileSync(process.execPath, ["probe.mjs"], { cwd: folder, encoding: "utf8" });
    expect(printed).toContain("enum StatementStatus {");
    expect(printed).toContain("DISPUTED");
  }, 180_000);
});
