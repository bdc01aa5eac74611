import { readFile } from "node:fs/promises";
import type { Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { SourceDocument } from "./document.js";
import { importDocument, type ImportSummary } from "./import-document.js";

const SEED_DIR = new URL("../../seed/", import.meta.url);

/** The article Claimline starts with, and its careful reading, as shipped in `seed/`. */
export async function readArticleDocument(): Promise<SourceDocument> {
  const [text, json] = await Promise.all([
    readFile(new URL("article.txt", SEED_DIR), "utf8"),
    readFile(new URL("article.json", SEED_DIR), "utf8"),
  ]);
  const { source, actors, events, statements, denials } = JSON.parse(json) as Omit<SourceDocument, "text"> & { source: { file?: string } };
  const { file: _file, ...sourceData } = source;
  return { source: sourceData as SourceDocument["source"], text, actors, events, statements, denials };
}

/** Stores the seed article unless it is already there; a second call adds nothing. Returns what it stored, or null. */
export async function seedArticle(db: Kysely<Database>): Promise<ImportSummary | null> {
  const doc = await readArticleDocument();
  const stored = await db.selectFrom("sources").select("id").where("id", "=", doc.source.id).executeTakeFirst();
  if (stored) return null;
  try {
    return await importDocument(db, doc);
  } catch (error) {
    // Another process starting at the same moment may have seeded it first; that is success too.
    const seededMeanwhile = await db.selectFrom("sources").select("id").where("id", "=", doc.source.id).executeTakeFirst();
    if (seededMeanwhile) return null;
    throw error;
  }
}
