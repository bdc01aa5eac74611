// `npm run import -- [--bulk] FILE|FOLDER…`: stores import documents (docs/document.schema.json) in the database
// DATABASE_URL names. Each file is its own transaction: a refused file stores nothing and the others still go in.
// With --bulk all files are one transaction, much faster for many: any refused file stores nothing of any of them.
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { importDocument, importDocuments, migrateToLatest, readDocumentFile, WriteError, type Store } from "@claimline/store";
import { runCommand } from "./open-store.js";

await runCommand("import", async (store) => {
  const args = process.argv.slice(2);
  const bulk = args.includes("--bulk");
  const paths = args.filter((arg) => arg !== "--bulk");
  if (paths.length === 0) throw new Error("usage: npm run import -- [--bulk] path/to/document.json [more files or folders…]");
  const files = (await Promise.all(paths.map(documentsIn))).flat();
  if (files.length === 0) throw new Error(`no .json documents in ${paths.join(", ")}`);
  await migrateToLatest(store.db);
  if (bulk) {
    await importAll(store, files);
    return;
  }
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

/** Every file in one transaction, read one at a time as the import asks for it. */
async function importAll(store: Store, files: string[]): Promise<void> {
  const started = performance.now();
  let reading = 0;
  async function* documents() {
    for (; reading < files.length; reading++) yield await readDocumentFile(files[reading] ?? "");
  }
  try {
    const summaries = await importDocuments(store.db, documents(), {
      author: "import",
      onDocument: (summary, index) => {
        console.log(`${summary.stored ? "✓" : "="} ${nameOf(files[index] ?? "")}: ${summary.sourceId} (${summary.statements} statements)`);
      },
    });
    const stored = summaries.filter((s) => s.stored);
    const statements = stored.reduce((n, s) => n + s.statements, 0);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${files.length} file(s) in one transaction: ${stored.length} stored (${statements} statements, ${Math.round(statements / seconds)} statements/s), ${summaries.length - stored.length} already there`,
    );
  } catch (error) {
    // A path `documents[3].…` names the fourth file; a file that cannot be read is the one being read.
    const refused = error instanceof WriteError ? /^documents\[(\d+)\]/.exec(error.path)?.[1] : undefined;
    const file = ` ${nameOf(files[refused === undefined ? reading : Number(refused)] ?? "")}`;
    console.log(`✗${file}: ${describe(error)}; none of the ${files.length} file(s) stored`);
    process.exitCode = 1;
  }
}

function nameOf(file: string): string {
  return relative(process.cwd(), file) || file;
}

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
