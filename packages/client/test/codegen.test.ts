// The committed src/generated must be what GraphQL Code Generator makes from today's SDL and operations.
import { generate } from "@graphql-codegen/cli";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { codegenConfig } from "../codegen.js";

const committed = fileURLToPath(new URL("../src/generated/", import.meta.url));

describe("generated client code (src/generated)", () => {
  const fresh = mkdtempSync(join(tmpdir(), "claimline-client-codegen-"));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it("matches a fresh run of codegen on the committed SDL (else: npm run codegen -w @claimline/client)", async () => {
    await generate(codegenConfig(fresh), true);
    const files = readdirSync(fresh).sort();
    expect(readdirSync(committed).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(committed, file), "utf8"), `src/generated/${file} is stale: run npm run codegen -w @claimline/client`).toBe(
        readFileSync(join(fresh, file), "utf8"),
      );
    }
  }, 60_000);
});
