import { createRequire } from "node:module";
import type { Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import { readDocumentFile } from "./document-file.js";
import type { SourceDocument } from "./document.schema.js";
import { importDocument, type ImportSummary } from "./import-document.js";
import { parseDocument } from "./parse-document.js";

/** Found by package name, so that the seed is found from a bundle of the server too (apps/server/scripts/bundle.mjs). */
const ARTICLE_FILE = createRequire(import.meta.url).resolve("@claimline/store/seed/article.json");

/** The article Claimline starts with, and its careful reading, as shipped in `seed/` (the text in its own file). */
export async function readArticleDocument(): Promise<SourceDocument> {
  return parseDocument(await readDocumentFile(ARTICLE_FILE));
}

/**
 * Stores the seed article unless it is already there; a second call adds nothing. Returns what it stored, or null.
 * Several processes may call it at the same moment on a fresh database: exactly one stores the article, the rest
 * return null — on SQLite they queue for the write lock and then find it stored; on PostgreSQL they fail on the
 * source's key once the winner commits, and find it stored.
 */
export async function seedArticle(db: Kysely<Database>): Promise<ImportSummary | null> {
  const doc = await readArticleDocument();
  if (await isStored(db, doc.source.id)) return null;
  try {
    const summary = await importDocument(db, doc, { author: "seed" });
    return summary.stored ? summary : null;
  } catch (error) {
    if (await isStored(db, doc.source.id)) return null;
    throw error;
  }
}

async function isStored(db: Kysely<Database>, sourceId: string): Promise<boolean> {
  return !!(await db.selectFrom("sources").select("id").where("id", "=", sourceId).executeTakeFirst());
}
