// `npm run bench:data [-- --scale N]`: builds the synthetic corpus (default 1,000,000 statements) into
// tests/bench/data/corpus-N.db, and into the PostgreSQL database claimline_bench_N when DATABASE_URL is set,
// through the import path. Prints and returns the import rate.
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { openDatabase } from "@claimline/store";
import pg from "pg";
import { loadCorpus, type LoadResult } from "./load-corpus.js";
import { benchScale, postgresUrl, sqliteFile } from "./scale.js";

export async function buildSqlite(scale: number): Promise<LoadResult> {
  const file = sqliteFile(scale);
  // Built beside its final name and renamed once complete: an interrupted build never passes for a corpus.
  const building = `${file}.building`;
  mkdirSync(dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(building + suffix, { force: true });
  const store = openDatabase(`file:${building}`);
  let result: LoadResult;
  try {
    result = await loadCorpus(store, scale);
  } finally {
    await store.close();
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
  renameSync(building, file);
  return result;
}

export async function buildPostgres(base: string, scale: number): Promise<LoadResult> {
  const url = postgresUrl(base, scale);
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const store = openDatabase(url);
  try {
    return await loadCorpus(store, scale);
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = benchScale();
  const report = (dialect: string, r: LoadResult) =>
    console.log(
      `${dialect}: ${r.statements.toLocaleString("en")} statements in ${r.documents} documents, ${r.seconds.toFixed(1)} s → ${r.statementsPerSecond.toLocaleString("en")} statements/s (${r.indexSeconds.toFixed(1)} s of it building indexes after the load)`,
    );
  report("sqlite", await buildSqlite(scale));
  if (process.env.DATABASE_URL) report("postgres", await buildPostgres(process.env.DATABASE_URL, scale));
}
