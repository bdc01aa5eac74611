// `npx tsx tests/bench/import-rate.ts [--scale N]`: the bulk import path alone (`importDocuments`, default 20,000
// statements) into a temporary SQLite file, reporting wall time (with and without building the indexes after the
// load) and this process's CPU time, which other work on a shared machine barely moves.
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
  const cpu = process.cpuUsage();
  const result = await loadCorpus(store, scale, () => undefined);
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const loadSeconds = result.seconds - result.indexSeconds;
  console.log(
    `${result.statements.toLocaleString("en")} statements: ${result.seconds.toFixed(1)} s wall → ${result.statementsPerSecond.toLocaleString("en")} statements/s; ` +
      `the load alone ${loadSeconds.toFixed(1)} s → ${Math.round(result.statements / loadSeconds).toLocaleString("en")} statements/s, then ${result.indexSeconds.toFixed(1)} s building indexes; ` +
      `${cpuSeconds.toFixed(1)} s CPU (with generating the corpus) → ${Math.round(result.statements / cpuSeconds).toLocaleString("en")} statements per CPU second`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
