// `npm run import -- FILE|FOLDER…`: stores import documents (docs/document.schema.json) in the database DATABASE_URL
// names. Each file is its own transaction: a refused file stores nothing and the others still go in.
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { importDocument, migrateToLatest, readDocumentFile, WriteError } from "@claimline/store";
import { runCommand } from "./open-store.js";

await runCommand("import", async (store) => {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error("usage: npm run import -- path/to/document.json [more files or folders…]");
  const files = (await Promise.all(paths.map(documentsIn))).flat();
  if (files.length === 0) throw new Error(`no .json documents in ${paths.join(", ")}`);
  await migrateToLatest(store.db);
  let stored = 0;
  let unchanged = 0;
  const refused: string[] = [];
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    const started = performance.now();
    try {
      const summary = await importDocument(store.db, await readDocumentFile(file), { author: "import" });
      const took = Math.round(performance.now() - started);
      if (summary.stored) stored += 1;
      else unchanged += 1;
      const what = `${summary.statements} statements, ${summary.denials} denials, ${summary.events} events, ${summary.actors} actors, ${summary.evidence} spans`;
      console.log(
        summary.stored
          ? `✓ ${name}: stored ${summary.sourceId} (${what}) in ${took} ms`
          : `= ${name}: ${summary.sourceId} is already stored, unchanged`,
      );
    } catch (error) {
      refused.push(name);
      console.log(`✗ ${name}: ${describe(error)}`);
    }
  }
  console.log(
    `${files.length} file(s): ${stored} stored, ${unchanged} already there, ${refused.length} refused${refused.length ? ` (${refused.join(", ")})` : ""}`,
  );
  if (refused.length > 0) process.exitCode = 1;
});

/** A file, or every .json file under a folder, in name order. */
async function documentsIn(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function describe(error: unknown): string {
  if (error instanceof WriteError) {
    const more =
      error.issues.length > 1
        ? ` (and ${error.issues.length - 1} more: ${error.issues
            .slice(1, 4)
            .map((i) => i.path)
            .join(", ")})`
        : "";
    return `refused, nothing stored: ${error.code} at ${error.message}${more}`;
  }
  if (error instanceof SyntaxError) return `refused, nothing stored: not JSON (${error.message})`;
  return `refused, nothing stored: ${error instanceof Error ? error.message : String(error)}`;
}
