import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { KnownActor } from "./proposal.js";

/** The actors of import documents (files, or folders of `.json` files), to match new articles' mentions against. */
export async function readKnownActors(paths: readonly string[]): Promise<KnownActor[]> {
  const byId = new Map<string, KnownActor>();
  for (const path of paths) {
    const files = (await stat(path)).isDirectory()
      ? (await readdir(path)).filter((f) => f.endsWith(".json")).map((f) => join(path, f))
      : [path];
    for (const file of files) {
      const doc = JSON.parse(await readFile(file, "utf8")) as { actors?: KnownActor[] };
      for (const a of doc.actors ?? []) byId.set(a.id, { id: a.id, type: a.type, kind: a.kind, name: a.name, aliases: a.aliases });
    }
  }
  return [...byId.values()];
}
