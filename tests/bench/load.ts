import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { cpuMs, rssMb, servingPid } from "./processes.js";

const AUTOCANNON = fileURLToPath(new URL("../../node_modules/.bin/autocannon", import.meta.url));

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  cpuMsPerRequest: number;
  rssMb: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

/**
 * Loads `url` (POST /graphql with `body`) from autocannon in its own process for `seconds` at `connections`, after a
 * short warm-up, and reads the server's CPU time and RSS from /proc around the measured run.
 */
export async function loadServer(url: string, pid: number, body: string, seconds: number, connections = 50): Promise<LoadResult> {
  const serving = servingPid(pid);
  const run = (duration: number) =>
    promisify(execFile)(
      AUTOCANNON,
      [
        "-c",
        String(connections),
        "-d",
        String(duration),
        "-m",
        "POST",
        "-H",
        "content-type=application/json",
        "-b",
        body,
        "--json",
        `${url}/graphql`,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  await run(Math.max(1, Math.round(seconds / 5)));
  const cpuBefore = cpuMs(serving);
  const { stdout } = await run(seconds);
  const cpu = cpuMs(serving) - cpuBefore;
  const result = JSON.parse(stdout) as AutocannonJson;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    cpuMsPerRequest: Number((cpu / Math.max(1, result.requests.total)).toFixed(3)),
    rssMb: Math.round(rssMb(serving)),
  };
}
