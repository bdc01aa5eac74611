import { importDocument, migrateToLatest, type Store } from "@claimline/store";
import { corpusDocuments, corpusShape } from "./corpus/corpus.js";

export interface LoadResult {
  statements: number;
  documents: number;
  seconds: number;
  statementsPerSecond: number;
}

/**
 * Builds the corpus into an empty, migrated database through the project's import path (`importDocument`, what
 * `npm run import` calls): one transaction per document, every span and reference checked. Times only the imports,
 * not generating the documents.
 */
export async function loadCorpus(store: Store, scale: number, log = (line: string) => console.log(line)): Promise<LoadResult> {
  await migrateToLatest(store.db);
  const shape = corpusShape(scale);
  let seconds = 0;
  let documents = 0;
  let statements = 0;
  for (const doc of corpusDocuments(shape)) {
    const started = performance.now();
    await importDocument(store.db, doc, { author: "bench" });
    seconds += (performance.now() - started) / 1000;
    documents += 1;
    statements += doc.statements.length;
    if (documents % 50 === 0) log(`  ${store.dialect}: ${statements.toLocaleString("en")} statements in ${seconds.toFixed(1)} s`);
  }
  return { statements, documents, seconds, statementsPerSecond: Math.round(statements / seconds) };
}
