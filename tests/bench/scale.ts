import { fileURLToPath } from "node:url";

/** Statements in the benchmark corpus: `--scale 10000` or BENCH_SCALE, else the million. */
export function benchScale(argv = process.argv): number {
  const flag = argv.indexOf("--scale");
  const raw = flag >= 0 ? argv[flag + 1] : process.env.BENCH_SCALE;
  const scale = Number(raw ?? 1_000_000);
  if (!Number.isInteger(scale) || scale < 1_000) throw new Error(`--scale must be an integer ≥ 1000, got ${raw}`);
  return scale;
}

/** Where the corpus of a scale lives on SQLite (ignored by git). */
export function sqliteFile(scale: number): string {
  const dir = process.env.BENCH_DATA_DIR ?? fileURLToPath(new URL("./data", import.meta.url));
  return `${dir}/corpus-${scale}.db`;
}

/** The PostgreSQL database holding the corpus of a scale, on the server DATABASE_URL names (BENCH_PG_PREFIX_N). */
export function postgresUrl(base: string, scale: number): string {
  const url = new URL(base);
  url.pathname = `/${process.env.BENCH_PG_PREFIX ?? "claimline_bench"}_${scale}`;
  return url.toString();
}
