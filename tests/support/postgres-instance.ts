// A PostgreSQL server of a test's own, in a temporary directory on a free port, that the test may stop and start
// at will — never the shared one on 5432, which other suites (and other people) are using.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

const VERSIONS_DIR = "/usr/lib/postgresql";

/** The newest installed PostgreSQL's bin directory (Debian's layout), or undefined. */
export const POSTGRES_BIN: string | undefined = existsSync(VERSIONS_DIR)
  ? readdirSync(VERSIONS_DIR)
      .filter((v) => existsSync(join(VERSIONS_DIR, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => join(VERSIONS_DIR, v, "bin"))[0]
  : undefined;

export interface PostgresInstance {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  start(): void;
  /** `pg_ctl stop -m fast`: PostgreSQL ends every session with FATAL 57P01, as an operator's restart does. */
  stop(): void;
  /** Stops it if running and removes its directory. */
  destroy(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/**
 * initdb into a temporary directory and start it on a free port (as the postgres OS user when running as root,
 * since PostgreSQL refuses to run as root). Example: `const pg = await createPostgresInstance(); pg.stop(); pg.start()`.
 */
export async function createPostgresInstance(): Promise<PostgresInstance> {
  const bin = POSTGRES_BIN;
  if (!bin) throw new Error(`no PostgreSQL under ${VERSIONS_DIR} (apt-get install postgresql)`);
  const dir = mkdtempSync(join(tmpdir(), "claimline-pg-"));
  const data = join(dir, "data");
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = join(bin, tool);
    const [file, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: "pipe", timeout: 60_000 });
  };
  const port = await freePort();
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "--locale=C", "-E", "UTF8"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  let running = false;
  const instance: PostgresInstance = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start() {
      run("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
      running = true;
    },
    stop() {
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      running = false;
    },
    destroy() {
      if (running) run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  instance.start();
  return instance;
}
