import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { RunningServer } from "./start-server.js";

/** The built operator commands: `cli("db-migrate")` is `apps/server/dist/cli/db-migrate.js`. */
export const cli = (name: "db-migrate" | "db-seed" | "token" | "import") =>
  fileURLToPath(new URL(`../../apps/server/dist/cli/${name}.js`, import.meta.url));

/** The built `npm run ingest` command. */
export const ingestCli = fileURLToPath(new URL("../../packages/ingest/dist/cli.js", import.meta.url));

export interface ScriptRun {
  /** The exit code; null when it was killed (including by the timeout). */
  code: number | null;
  /** stdout and stderr, interleaved as they came. */
  output: string;
}

/** Runs a Node script (with `args`) as its own process to the end, killing it after `timeoutMs`. */
export function runScript(
  script: string,
  env: Record<string, string>,
  timeoutMs = 30_000,
  args: readonly string[] = [],
): Promise<ScriptRun> {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => {
    output += `\n[killed: still running after ${timeoutMs} ms]`;
    child.kill("SIGKILL");
  }, timeoutMs);
  return new Promise((resolve) =>
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

/** Stops a server with SIGTERM, or SIGKILL if it has not gone within `graceMs`; resolves once it has exited. */
export async function stopWithin(server: RunningServer | undefined, graceMs = 5_000): Promise<void> {
  if (!server) return;
  const child = server.process;
  if (child.exitCode != null || child.signalCode != null) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await gone;
  clearTimeout(timer);
}
