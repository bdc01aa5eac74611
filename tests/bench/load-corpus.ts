import { importDocuments, migrateToLatest, type Store } from "@claimline/store";
import { corpusDocuments, corpusShape } from "./corpus/corpus.js";

export interface LoadResult {
  statements: number;
  documents: number;
  /** Wall time of the import, generating the documents left out. */
  seconds: number;
  statementsPerSecond: number;
  /** Of `seconds`, the part after the last document: building the indexes and the search index. */
  indexSeconds: number;
  /** This process's CPU time for the import, generating left out: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** Of `cpuSeconds`, the part after the last document. */
  indexCpuSeconds: number;
}

/** Wall and CPU milliseconds so far. */
function clock(): { wall: number; cpu: number } {
  const { user, system } = process.cpuUsage();
  return { wall: performance.now(), cpu: (user + system) / 1000 };
}

/**
 * Builds the corpus into an empty, migrated database through the project's bulk import path (`importDocuments`, what
 * `npm run import -- --bulk` calls): one transaction for the whole corpus, every span and reference checked, the
 * indexes and the search index built after the last document. Documents are generated as the import reads them; the
 * time spent generating them is left out.
 */
export async function loadCorpus(store: Store, scale: number, log = (line: string) => console.log(line)): Promise<LoadResult> {
  await migrateToLatest(store.db);
  const shape = corpusShape(scale);
  let documents = 0;
  let statements = 0;
  const generating = { wall: 0, cpu: 0 };
  const started = clock();
  let loaded = started;
  await importDocuments(store.db, timed(corpusDocuments(shape), generating), {
    author: "bench",
    onDocument: (summary) => {
      documents += 1;
      statements += summary.statements;
      loaded = clock();
      if (documents % 50 === 0) {
        const seconds = (loaded.wall - started.wall - generating.wall) / 1000;
        log(`  ${store.dialect}: ${statements.toLocaleString("en")} statements in ${seconds.toFixed(1)} s`);
      }
    },
  });
  const finished = clock();
  const seconds = (finished.wall - started.wall - generating.wall) / 1000;
  return {
    statements,
    documents,
    seconds,
    statementsPerSecond: Math.round(statements / seconds),
    indexSeconds: (finished.wall - loaded.wall) / 1000,
    cpuSeconds: (finished.cpu - started.cpu - generating.cpu) / 1000,
    indexCpuSeconds: (finished.cpu - loaded.cpu) / 1000,
  };
}

/** The generator's items, adding the wall and CPU milliseconds spent producing each to `spent`. */
function* timed<T>(items: Iterator<T>, spent: { wall: number; cpu: number }): Generator<T> {
  for (;;) {
    const before = clock();
    const next = items.next();
    const after = clock();
    spent.wall += after.wall - before.wall;
    spent.cpu += after.cpu - before.cpu;
    if (next.done) return;
    yield next.value;
  }
}
