import { importDocuments, migrateToLatest, type Store } from "@claimline/store";
import { corpusDocuments, corpusShape } from "./corpus/corpus.js";

export interface LoadResult {
  statements: number;
  documents: number;
  seconds: number;
  statementsPerSecond: number;
  /** Of `seconds`, the part after the last document: building the search index. */
  indexSeconds: number;
}

/**
 * Builds the corpus into an empty, migrated database through the project's bulk import path (`importDocuments`, what
 * `npm run import` calls): one transaction for the whole corpus, every span and reference checked, the search index
 * built after the last document. Documents are generated as the import reads them; the time spent generating them is
 * left out of `seconds`.
 */
export async function loadCorpus(store: Store, scale: number, log = (line: string) => console.log(line)): Promise<LoadResult> {
  await migrateToLatest(store.db);
  const shape = corpusShape(scale);
  let documents = 0;
  let statements = 0;
  let loaded = 0;
  let generating = 0;
  const started = performance.now();
  await importDocuments(
    store.db,
    timed(corpusDocuments(shape), (ms) => (generating += ms)),
    {
      author: "bench",
      onDocument: (summary) => {
        documents += 1;
        statements += summary.statements;
        loaded = performance.now();
        if (documents % 50 === 0) {
          log(
            `  ${store.dialect}: ${statements.toLocaleString("en")} statements in ${((loaded - started - generating) / 1000).toFixed(1)} s`,
          );
        }
      },
    },
  );
  const finished = performance.now();
  const seconds = (finished - started - generating) / 1000;
  return {
    statements,
    documents,
    seconds,
    statementsPerSecond: Math.round(statements / seconds),
    indexSeconds: (finished - loaded) / 1000,
  };
}

/** The generator's items, adding the milliseconds spent producing each to `spent`. */
function* timed<T>(items: Iterator<T>, spent: (ms: number) => void): Generator<T> {
  for (;;) {
    const started = performance.now();
    const next = items.next();
    spent(performance.now() - started);
    if (next.done) return;
    yield next.value;
  }
}
