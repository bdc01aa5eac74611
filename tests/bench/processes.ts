import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const TICKS_PER_SECOND = 100;
const TSX = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
const TSCONFIG = fileURLToPath(new URL("../tsconfig.json", import.meta.url));

export interface BenchProcess {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Starts `tests/bench/servers/<name>.server.ts` in its own process; resolves with its URL once it listens. */
export async function startMemoryServer(name: string): Promise<BenchProcess> {
  const file = fileURLToPath(new URL(`./servers/${name}.server.ts`, import.meta.url));
  const child = spawn(TSX, ["--tsconfig", TSCONFIG, file], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, stop: () => stopProcess(child) };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode != null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await exited;
}

/** CPU time (user + system) a process has used so far, in ms. For tsx-started servers, the node process is a child. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // After "pid (comm) ": state is field 0, utime 11, stime 12, cutime 13, cstime 14.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Resident memory of a process now, in MB. */
export function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
}

/** The process that serves: `pid` itself, or the one node process tsx started under it. */
export function servingPid(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  return children.length === 1 ? servingPid(children[0]!) : pid;
}
