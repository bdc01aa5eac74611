import { z } from "zod";
import { documentFileSchema } from "./document-file.js";

/** The import document file's JSON Schema (draft 2020-12), as published in docs/document.schema.json. */
export function documentSchemaJson(): string {
  const schema = z.toJSONSchema(documentFileSchema, { io: "input", target: "draft-2020-12" });
  return `${JSON.stringify({ title: "Claimline import document", ...schema }, null, 2)}\n`;
}
