// Writes docs/document.schema.json from the import validator itself; run by the store's build. A test fails when
// the committed file is stale.
import { writeFile } from "node:fs/promises";
import { documentSchemaJson } from "./document-json-schema.js";

await writeFile(new URL("../../../../docs/document.schema.json", import.meta.url), documentSchemaJson());
