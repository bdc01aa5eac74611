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

/** How long a seeder keeps retrying while another process holds SQLite's write lock. */
const BUSY_WAIT_MS = 60_000;

/**
 * Stores the seed article unless it is already there; a second call adds nothing. Returns what it stored, or null.
 * Several processes may call it at the same moment on a fresh database: exactly one stores the article, the rest return null.
 */
export async function seedArticle(db: Kysely<Database>): Promise<ImportSummary | null> {
  const doc = await readArticleDocument();
  const deadline = Date.now() + BUSY_WAIT_MS;
  for (;;) {
    if (await isStored(db, doc.source.id)) return null;
    try {
      return await importDocument(db, doc);
    } catch (error) {
      // On PostgreSQL a concurrent seeder waits on the sources key and fails once the winner commits: it is stored, done.
      if (await isStored(db, doc.source.id)) return null;
      // On SQLite the loser's deferred transaction cannot take the write lock while the winner still holds it, and
      // SQLite answers SQLITE_BUSY at once rather than wait (it would deadlock): so wait a moment and look again.
      if (!isBusy(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
    }
  }
}

async function isStored(db: Kysely<Database>, sourceId: string): Promise<boolean> {
  return !!(await db.selectFrom("sources").select("id").where("id", "=", sourceId).executeTakeFirst());
}

function isBusy(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? "").startsWith("SQLITE_BUSY");
}
