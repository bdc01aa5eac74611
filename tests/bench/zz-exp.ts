import { openDatabase } from "@claimline/store";
import { sql } from "kysely";
import { rmSync } from "node:fs";
import { loadCorpus } from "./load-corpus.js";
for (const cache of [0, 262144]) {
  rmSync("/tmp/prof/e.db", { force: true }); rmSync("/tmp/prof/e.db-wal", { force: true });
  const store = openDatabase("file:/tmp/prof/e.db");
  if (cache) await sql.raw(`pragma cache_size = -${cache}`).execute(store.db);
  const r = await loadCorpus(store, Number(process.argv[2]), () => undefined);
  console.log(cache, r.statementsPerSecond, r.seconds.toFixed(1));
  await store.close();
}
