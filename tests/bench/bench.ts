// `npm run bench [-- --scale N]`: the side-by-side run of the issue (#11). Builds any missing corpus (bench:data),
// then: the speaker page under autocannon -c 50 on each server, each in its own process; the list and search
// latency table at 10k, 100k and N; SQL per request; import rate; cold start. Prints tables and writes
// tests/bench/results/latest.json (BENCH_OUT elsewhere). BENCH_SECONDS sets each load run's length (default 10).
import "reflect-metadata";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrateToLatest, openDatabase } from "@claimline/store";
import { postGraphQL, startServer } from "../support/start-server.js";
import { buildPostgres, buildSqlite } from "./bench-data.js";
import { latencyTable } from "./latency.js";
import { loadServer, type LoadResult } from "./load.js";
import { loadCorpus } from "./load-corpus.js";
import { rssMb, startMemoryServer } from "./processes.js";
import { benchScale, postgresUrl, sqliteFile } from "./scale.js";
import { SPEAKER_QUERY, TOP_SPEAKER } from "./servers/fixture.js";
import { sqlPerRequest } from "./sql-count.js";

const scale = benchScale();
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const out = process.env.BENCH_OUT ?? fileURLToPath(new URL("./results/latest.json", import.meta.url));
const pgBase = process.env.DATABASE_URL;
/** The PostgreSQL corpus may be smaller than the SQLite one (its import is slower): BENCH_PG_SCALE. */
const pgScale = Number(process.env.BENCH_PG_SCALE ?? scale);
const body = JSON.stringify({ query: SPEAKER_QUERY, variables: { speaker: TOP_SPEAKER } });
const claimlineEnv = { NODE_ENV: "production", RATE_LIMIT_CAPACITY: "0" };
const log = (line: string) => console.log(line);

const scales = [...new Set([10_000, 100_000, scale].filter((s) => s <= scale))];
for (const s of scales) if (!existsSync(sqliteFile(s))) log(`building the ${s} corpus: ${JSON.stringify(await buildSqlite(s))}`);
if (pgBase && !(await postgresHasCorpus(pgBase, pgScale)))
  log(`building the PostgreSQL corpus: ${JSON.stringify(await buildPostgres(pgBase, pgScale))}`);

// Bring every corpus to the latest migration before any server starts, so that no start (or cold start) includes one.
for (const url of [...scales.map((s) => `file:${sqliteFile(s)}`), ...(pgBase ? [postgresUrl(pgBase, pgScale)] : [])]) {
  const store = openDatabase(url);
  await migrateToLatest(store.db);
  await store.close();
}

const load1 = loadavg()[0]!.toFixed(2);
log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GB; load average ${load1}`);

// Side by side, same query, one run.
const sideBySide: Record<string, LoadResult | string> = {};
async function measure(name: string, start: () => Promise<{ url: string; pid: number; stop: () => Promise<unknown> }>) {
  const server = await start();
  try {
    const check = await postGraphQL(server.url, SPEAKER_QUERY, { speaker: TOP_SPEAKER });
    if (check.body?.data?.statements?.nodes?.length !== 20) throw new Error(`${name} answered ${JSON.stringify(check.body).slice(0, 300)}`);
    sideBySide[name] = await loadServer(server.url, server.pid, body, seconds);
    log(`  ${name}: ${JSON.stringify(sideBySide[name])}`);
  } finally {
    await server.stop();
  }
}
const memory = (name: string) => async () => {
  const s = await startMemoryServer(name);
  return { url: s.url, pid: s.child.pid!, stop: () => s.stop() };
};
const claimline =
  (url: string, env: Record<string, string> = {}) =>
  async () => {
    const s = await startServer({ DATABASE_URL: url, ...claimlineEnv, ...env });
    return { url: s.url, pid: s.process.pid!, stop: () => s.stop() };
  };
log(`\nside by side: autocannon -c 50 -d ${seconds}, ${SPEAKER_QUERY.replace(/\s+/g, " ").slice(0, 60)}…`);
await measure("bare node:http", memory("bare"));
await measure("naive Apollo 5 + type-graphql", memory("naive"));
await measure("mercurius + graphql-jit", memory("mercurius"));
await measure(`Claimline SQLite ${scale}`, claimline(`file:${sqliteFile(scale)}`));
await measure(`Claimline SQLite ${scale} + response cache`, claimline(`file:${sqliteFile(scale)}`, { RESPONSE_CACHE_ENTRIES: "10000" }));
if (pgBase) await measure(`Claimline PostgreSQL ${pgScale}`, claimline(postgresUrl(pgBase, pgScale)));

// Latency of the list and search queries at each scale; cold start at the largest.
const latency: Record<string, Awaited<ReturnType<typeof latencyTable>>> = {};
let coldStartMs = 0;
let idleRssMb = 0;
for (const s of scales) {
  const started = performance.now();
  const server = await startServer({ DATABASE_URL: `file:${sqliteFile(s)}`, ...claimlineEnv });
  await postGraphQL(server.url, SPEAKER_QUERY, { speaker: TOP_SPEAKER });
  if (s === scale) {
    coldStartMs = Math.round(performance.now() - started);
    idleRssMb = Math.round(rssMb(server.process.pid!));
  }
  try {
    latency[String(s)] = await latencyTable(server.url);
  } finally {
    await server.stop();
  }
}

// The same table on PostgreSQL: both dialects answer the same queries.
const pgColumn = `PostgreSQL ${pgScale}`;
if (pgBase) {
  const server = await startServer({ DATABASE_URL: postgresUrl(pgBase, pgScale), ...claimlineEnv });
  try {
    await postGraphQL(server.url, SPEAKER_QUERY, { speaker: TOP_SPEAKER });
    latency[pgColumn] = await latencyTable(server.url);
  } finally {
    await server.stop();
  }
}
const latencyColumns = [...scales.map(String), ...(pgBase ? [pgColumn] : [])];

const sqlCounts = await sqlPerRequest(`file:${sqliteFile(scale)}`);

// Import rate: a fresh corpus of a tenth of the scale (1,000 to 100,000) through the bulk import, into a temp file.
const importDir = join(tmpdir(), `claimline-bench-import-${process.pid}`);
mkdirSync(importDir, { recursive: true });
const importStore = openDatabase(`file:${join(importDir, "import.db")}`);
const imported = await loadCorpus(importStore, Math.min(100_000, Math.max(1_000, Math.round(scale / 10))), () => undefined);
await importStore.close();
rmSync(importDir, { recursive: true, force: true });

const ratio = (name: string, to: string) => {
  const a = sideBySide[name];
  const b = sideBySide[to];
  return typeof a === "object" && typeof b === "object" ? Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(2)) : null;
};
const claimlineName = `Claimline SQLite ${scale}`;
const ratios = Object.fromEntries(
  Object.keys(sideBySide).map((name) => [
    name,
    { toNaive: ratio(name, "naive Apollo 5 + type-graphql"), toMercurius: ratio(name, "mercurius + graphql-jit") },
  ]),
);

log(`\n| server | req/s | p50 / p99 ms | CPU ms/request | RSS MB | × naive | × mercurius |\n|---|---:|---:|---:|---:|---:|---:|`);
for (const [name, r] of Object.entries(sideBySide)) {
  if (typeof r === "string") log(`| ${name} | ${r} | | | | | |`);
  else
    log(
      `| ${name} | ${r.requestsPerSecond} | ${r.p50Ms} / ${r.p99Ms} | ${r.cpuMsPerRequest} | ${r.rssMb} | ${ratios[name]?.toNaive} | ${ratios[name]?.toMercurius} |`,
    );
}
log(
  `\nsingle client, p50 (max) ms; SQLite by scale\n| query | ${latencyColumns.join(" | ")} |\n|---|${latencyColumns.map(() => "---:").join("|")}|`,
);
for (const name of Object.keys(latency[String(scale)] ?? {}))
  log(`| ${name} | ${latencyColumns.map((c) => `${latency[c]?.[name]?.p50Ms} (${latency[c]?.[name]?.maxMs})`).join(" | ")} |`);
log(`\nSQL statements per request (speaker page with every field): ${JSON.stringify(sqlCounts)}`);
log(
  `import: ${imported.statementsPerSecond} statements/s (${imported.statements} statements, ${imported.seconds.toFixed(1)} s of which ${imported.indexSeconds.toFixed(1)} s building indexes after the load, SQLite)`,
);
log(
  `cold start at ${scale} (spawn → first answer): ${coldStartMs} ms; idle RSS ${idleRssMb} MB; ${claimlineName} ratio to naive ${ratios[claimlineName]?.toNaive}`,
);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      commit: gitCommit(),
      scale,
      postgresScale: pgBase ? pgScale : null,
      seconds,
      loadAverage: loadavg(),
      cpus: cpus().length,
      sideBySide,
      ratios,
      latency,
      sqlCounts,
      import: imported,
      coldStartMs,
      idleRssMb,
    },
    null,
    2,
  ) + "\n",
);
log(`wrote ${out}`);

/** The commit measured, marked "+changes" when the tree differs from it: a result names the code it came from. */
function gitCommit(): string {
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
  try {
    return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? "+changes" : ""}`;
  } catch {
    return "unknown";
  }
}

async function postgresHasCorpus(base: string, s: number): Promise<boolean> {
  const store = openDatabase(postgresUrl(base, s));
  try {
    const row = await store.db
      .selectFrom("statements")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirst();
    return Number(row?.n) >= s;
  } catch {
    return false;
  } finally {
    await store.close();
  }
}
