import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "../src/index.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../src/testing/index.js";

/** The minimal document the README shows, read from the README itself. */
async function readmeExample(): Promise<unknown> {
  const readme = await readFile(new URL("../../../README.md", import.meta.url), "utf8");
  const block = /<!-- example-document -->\s*```json\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no example document after <!-- example-document -->");
  return JSON.parse(block);
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the README's minimal import document`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
    });
    afterAll(() => test.drop());

    it("imports as it stands", async () => {
      expect(await importDocument(test.store.db, await readmeExample())).toMatchObject({
        stored: true,
        actors: 1,
        statements: 1,
        evidence: 2,
      });
    });
  });
}
