// `npm run soak`: the production server process on a fresh SQLite file, first probed with the issue's fan-outs sent
// at the same moment as ordinary queries (timings of both), then 60 s of autocannon at 50 connections mixing
// ordinary reads with abusive operations. Prints errors, p50/p99 and the server's RSS. A script, not a test:
// it prints figures and passes judgement on nothing but a crash.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { aliasFlood, deepQuery, fanOut, fragmentFanOut, ORDINARY, tokenFlood } from "../../apps/server/test/fixtures/attacks.js";
import { startServer } from "../support/start-server.js";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = 50;
const ABUSIVE_CONNECTIONS = 10;

const ORDINARY_QUERIES = [
  ORDINARY,
  `{ actors(first: 20) { totalCount nodes { id name ... on Person { roles { title } } statements { totalCount } denials { totalCount } } } }`,
  `{ search(text: "summit", first: 10) { snippet node { ... on Event { title status } ... on Statement { content } } } }`,
  `{ events(filter: { during: { from: "2022-02-01", to: "2022-02-28" } }) { nodes { title status start { value } participants { actor { name } } } } }`,
  `{ statement(id: "Statement:trump-private-conversations-beneficial") { content status denials { content denier { name } } evidence { exact source { title } } } }`,
];
const ABUSIVE_QUERIES = [fanOut(5), fragmentFanOut(100), fragmentFanOut(12), deepQuery(160), aliasFlood(1_000), tokenFlood(3_500)];

const rssMegabytes = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timedPost(url: string, query: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

const dir = mkdtempSync(join(tmpdir(), "claimline-soak-"));
const server = await startServer({ DATABASE_URL: `file:${join(dir, "claimline.db")}`, NODE_ENV: "production", RATE_LIMIT_CAPACITY: "0" });
const pid = server.process.pid!;
try {
  // Warm the process up, as a long-running server is.
  for (let i = 0; i < 50; i++) await timedPost(server.url, ORDINARY_QUERIES[i % ORDINARY_QUERIES.length]!);

  console.log(`\nFan-out probe: each attack sent at the same moment as an ordinary query, 20 rounds each`);
  const rssBeforeAttacks = rssMegabytes(pid);
  console.log("| attack | refused with | refusal p50 / max | ordinary query meanwhile p50 / max |");
  console.log("|---|---|---:|---:|");
  for (const [name, attack] of [
    ["fan-out, 5 connections deep (100^5)", fanOut(5)],
    ["14 kB nested-fragment fan-out (2^100)", fragmentFanOut(100)],
    ["nested-fragment fan-out, 12 levels", fragmentFanOut(12)],
    ["160 levels deep", deepQuery(160)],
    ["1,000 aliases", aliasFlood(1_000)],
  ] as const) {
    const refusals: number[] = [];
    const ordinary: number[] = [];
    let statuses = new Set<number>();
    for (let round = 0; round < 20; round++) {
      const [refused, answered] = await Promise.all([timedPost(server.url, attack), timedPost(server.url, ORDINARY)]);
      refusals.push(refused.ms);
      ordinary.push(answered.ms);
      statuses = statuses.add(refused.status);
      if (answered.status !== 200) throw new Error(`the ordinary query got ${answered.status} beside "${name}"`);
    }
    console.log(
      `| ${name} (${attack.length} bytes) | ${[...statuses].join(", ")} | ${ms(percentile(refusals, 50))} / ${ms(Math.max(...refusals))} | ${ms(percentile(ordinary, 50))} / ${ms(Math.max(...ordinary))} |`,
    );
  }
  console.log(`RSS: ${rssBeforeAttacks.toFixed(0)} MB before the probe, ${rssMegabytes(pid).toFixed(0)} MB after it`);

  console.log(
    `\nSoak: ${SECONDS} s, ${CONNECTIONS} connections (${CONNECTIONS - ABUSIVE_CONNECTIONS} ordinary, ${ABUSIVE_CONNECTIONS} abusive)`,
  );
  const idle = rssMegabytes(pid);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMegabytes(pid)), 1_000);
  const requests = (queries: string[]) =>
    queries.map((query) => ({
      method: "POST" as const,
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    }));
  const [ordinary, abusive] = await Promise.all([
    autocannon({
      url: server.url,
      connections: CONNECTIONS - ABUSIVE_CONNECTIONS,
      duration: SECONDS,
      requests: requests(ORDINARY_QUERIES),
    }),
    autocannon({ url: server.url, connections: ABUSIVE_CONNECTIONS, duration: SECONDS, requests: requests(ABUSIVE_QUERIES) }),
  ]);
  clearInterval(sampler);
  const end = rssMegabytes(pid);
  // V8 gives memory back only after a major collection: what is left 5 s after the load tells a leak from a full heap.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const settled = rssMegabytes(pid);

  console.log("| traffic | requests | req/s | errors (socket) | timeouts | non-2xx | 5xx | p50 | p99 |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, result] of [
    ["ordinary", ordinary],
    ["abusive (all should be 4xx)", abusive],
  ] as const) {
    const serverErrors = Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => code.startsWith("5"))
      .reduce((n, [, stat]) => n + (stat.count ?? 0), 0);
    console.log(
      `| ${name} | ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.errors} | ${result.timeouts} | ${result.non2xx} | ${serverErrors} | ${result.latency.p50} ms | ${result.latency.p99} ms |`,
    );
  }
  // Growth is measured from the end of a warm-up (a sixth of the run, at most 10 s): filling the heap to its working
  // size under 50 connections is not a leak; growing after that would be.
  const warmedUp = samples[Math.min(10, Math.floor(samples.length / 6))] ?? idle;
  const growth = (from: number) => `${(((end - from) / from) * 100).toFixed(1)} %`;
  console.log(
    `RSS: ${idle.toFixed(0)} MB idle before, ${warmedUp.toFixed(0)} MB after the warm-up, ${Math.max(...samples).toFixed(0)} MB at the peak, ` +
      `${end.toFixed(0)} MB at the end: growth ${growth(warmedUp)} after the warm-up (${growth(idle)} from idle); ` +
      `${settled.toFixed(0)} MB 5 s after the load (${(((settled - idle) / idle) * 100).toFixed(1)} % over idle)`,
  );
  console.log(
    `Load average on this machine (all its users): ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} (1 / 5 / 15 min)`,
  );
  console.log(`The server process ${server.process.exitCode === null ? "is still running" : `exited with ${server.process.exitCode}`}.`);
} finally {
  console.log(`SIGTERM: exit code ${await server.stop()}`);
  rmSync(dir, { recursive: true, force: true });
}
