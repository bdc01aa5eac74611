import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { sourceDocumentSchema, sourceSchema } from "./document.schema.js";

/**
 * The import document as a file (`npm run import`, the seed's `article.json`): the source text inline in `text`, or
 * in a file beside it named by `source.file` — one or the other. Published as docs/document.schema.json.
 */
export const documentFileSchema = z
  .object({
    ...sourceDocumentSchema.shape,
    source: z
      .object({
        ...sourceSchema.shape,
        file: z.string().min(1).optional().describe("A text file holding the source text, relative to this document; instead of `text`."),
      })
      .strict(),
    text: sourceDocumentSchema.shape.text
      .optional()
      .describe("The full source text; every span indexes into it (UTF-16 offsets, end exclusive)."),
  })
  .strict()
  .refine((doc) => (doc.text == null) !== (doc.source.file == null), {
    path: ["text"],
    error: "give the source text in `text` or in `source.file`, not both",
  })
  .describe(
    "An annotated source for Claimline: its text and the actors, events, statements and denials read from it, each with exact evidence spans.",
  );

/**
 * Reads an import document file, with its text from `source.file` when it keeps the text apart, ready for
 * `importDocument` (which checks everything else). Example: `await importDocument(db, await readDocumentFile("a.json"))`.
 */
export async function readDocumentFile(path: string): Promise<unknown> {
  const json = JSON.parse(await readFile(path, "utf8")) as unknown;
  if (!json || typeof json !== "object" || !("source" in json) || !json.source || typeof json.source !== "object") return json;
  const { file, ...source } = json.source as { file?: unknown };
  if (typeof file !== "string") return json;
  const text = await readFile(resolve(dirname(path), file), "utf8");
  return { ...json, source, text };
}
