import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const MAIN = fileURLToPath(new URL("../../apps/server/dist/claimline.mjs", import.meta.url));

export interface RunningServer {
  process: ChildProcess;
  url: string;
  /** Everything the process logged so far. */
  output: () => string;
  /** SIGTERM, and the exit code once it has gone. */
  stop(): Promise<number | null>;
}

/**
 * Starts the built server (`apps/server/dist/claimline.mjs`) as its own process on a free port; resolves once it answers.
 * `onOutput` sees what it logs while it starts (and after).
 */
export async function startServer(env: Record<string, string>, onOutput?: (output: string) => void): Promise<RunningServer> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    onOutput?.(output);
  });
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not become ready in 20 s:\n${output}`)), 20_000);
    const check = () => {
      const match = /ready: GraphQL and Apollo Sandbox at (http:\/\/localhost:\d+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });
  return {
    process: child,
    url,
    output: () => output,
    async stop() {
      if (child.exitCode == null) child.kill("SIGTERM");
      return exited;
    },
  };
}

/** POSTs one GraphQL operation; returns the HTTP status and parsed body. */
export async function postGraphQL(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}
