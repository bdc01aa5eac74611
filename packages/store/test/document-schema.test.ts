import { readFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { documentSchemaJson } from "../src/import/document-json-schema.js";
import { readDocumentFile } from "../src/import/document-file.js";

const PUBLISHED = new URL("../../../docs/document.schema.json", import.meta.url);
const ARTICLE = new URL("../seed/article.json", import.meta.url);

describe("the published import document schema (docs/document.schema.json)", () => {
  it("is what the importer's own validator generates (npm run build -w @claimline/store rewrites it)", async () => {
    expect(await readFile(PUBLISHED, "utf8")).toBe(documentSchemaJson());
  });

  it("accepts the seed article's reading, with its text inline or in a file beside it, and names what is wrong", async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(PUBLISHED, "utf8")) as object);
    const onDisk = JSON.parse(await readFile(ARTICLE, "utf8")) as { statements: { speechAct: string }[] };
    expect(validate(onDisk), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(await readDocumentFile(new URL(ARTICLE).pathname)), JSON.stringify(validate.errors)).toBe(true);
    onDisk.statements[3]!.speechAct = "CLAM";
    expect(validate(onDisk)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain("/statements/3/speechAct");
  });
});
