import { postGraphQL } from "../support/start-server.js";
import { LATENCY_QUERIES } from "./queries.js";

const ROUNDS = Number(process.env.BENCH_LATENCY_ROUNDS ?? 15);

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!;

/** Each list and search query, one client, after one warm-up: p50 and max in ms. Fails on any GraphQL error. */
export async function latencyTable(url: string): Promise<Record<string, { p50Ms: number; maxMs: number }>> {
  const table: Record<string, { p50Ms: number; maxMs: number }> = {};
  for (const { name, query } of LATENCY_QUERIES) {
    const times: number[] = [];
    for (let i = 0; i <= ROUNDS; i++) {
      const started = performance.now();
      const { status, body } = await postGraphQL(url, query);
      if (status !== 200 || body.errors) throw new Error(`${name}: ${status} ${JSON.stringify(body.errors)}`);
      if (i > 0) times.push(performance.now() - started);
    }
    table[name] = { p50Ms: Number(percentile(times, 0.5).toFixed(1)), maxMs: Number(Math.max(...times).toFixed(1)) };
  }
  return table;
}
