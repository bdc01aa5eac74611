// `npx tsx tests/bench/import-rate.ts [--scale N]`: the bulk import path alone (`importDocuments`, default 20,000
// statements) into a temporary SQLite file. Reports wall time and this process's CPU time (which other work on a
// shared machine barely moves), each for the load of the documents and for the whole import with the indexes and
// the search index built after the load; generating the corpus is left out of both.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@claimline/store";
import { loadCorpus } from "./load-corpus.js";

const flag = process.argv.indexOf("--scale");
const scale = flag >= 0 ? Number(process.argv[flag + 1]) : 20_000;
const dir = mkdtempSync(join(tmpdir(), "claimline-import-rate-"));
const store = openDatabase(`file:${join(dir, "import.db")}`);
try {
  const r = await loadCorpus(store, scale, () => undefined);
  const rate = (seconds: number) => Math.round(r.statements / seconds).toLocaleString("en");
  const load = { wall: r.seconds - r.indexSeconds, cpu: r.cpuSeconds - r.indexCpuSeconds };
  console.log(`${r.statements.toLocaleString("en")} statements in ${r.documents} documents, SQLite:`);
  console.log(
    `  load only:    ${load.wall.toFixed(1)} s wall → ${rate(load.wall)}/s; ${load.cpu.toFixed(1)} s CPU → ${rate(load.cpu)}/CPU s`,
  );
  console.log(
    `  with indexes: ${r.seconds.toFixed(1)} s wall → ${rate(r.seconds)}/s; ${r.cpuSeconds.toFixed(1)} s CPU → ${rate(r.cpuSeconds)}/CPU s`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
