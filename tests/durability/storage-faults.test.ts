// SQLite on a disk that fills up, and on a disk that is read-only when the server starts: the server never exits,
// says so clearly (503 UNAVAILABLE naming the cause, /readyz 503), keeps answering reads, stores nothing half-way,
// and goes on by itself once the disk is fixed. Each disk is a small tmpfs the test mounts itself (root only).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createToken, openDatabase } from "@claimline/store";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopWithin } from "../support/processes.js";
import { paddedDocument } from "../support/source-document.js";
import { MAIN, postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

const IMPORT = `mutation($document: JSONObject!) { importSource(input: { document: $document }) { stored source { id } } }`;
const READ = `{ actor(id: "Person:donald-trump") { name } }`;

/** Mounts a tmpfs of `megabytes` at a new folder; undefined when this process may not mount (not root). */
function mountDisk(megabytes: number): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), "claimline-disk-"));
  const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m`, "tmpfs", dir]).status === 0;
  if (mounted) return dir;
  rmSync(dir, { recursive: true, force: true });
  return undefined;
}

function unmountDisk(dir: string | undefined): void {
  if (!dir) return;
  spawnSync("umount", ["-l", dir]);
  rmSync(dir, { recursive: true, force: true });
}

/** Writes zeros into `file` until the disk refuses: afterwards the disk has no byte free. */
function fillDisk(file: string): void {
  const fd = openSync(file, "w");
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
  // What is left is smaller than a chunk: take it byte by byte.
  const rest = openSync(file, "a");
  try {
    for (;;) writeSync(rest, Buffer.alloc(512));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    closeSync(rest);
  }
}

/** A 0.9 MB made-up source: enough that its import must grow the database files. */
const bigDocument = (i: number) => paddedDocument(`disk-${i}`, 900_000);

async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await check().catch(() => false)) return true;
  }
  return false;
}

const readyz = async (server: RunningServer) => {
  const response = await fetch(`${server.url}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string } };
};

const canMount = (() => {
  const dir = mountDisk(1);
  unmountDisk(dir);
  return dir !== undefined;
})();

if (!canMount && process.env.CI) {
  describe("storage faults", () => {
    it("can mount a small tmpfs (the suite runs as root in CI)", () => {
      expect.fail("mount -t tmpfs was refused: run the suite as root");
    });
  });
}

describe.skipIf(!canMount)("sqlite: the disk fills up under a running server", () => {
  let disk: string | undefined;
  let server: RunningServer | undefined;
  let token = "";
  beforeAll(async () => {
    disk = mountDisk(48);
    const url = `file:${join(disk!, "claimline.db")}`;
    server = await startServer({ DATABASE_URL: url, RATE_LIMIT_CAPACITY: "0", MIN_FREE_DISK_MB: "2" });
    const store = openDatabase(url);
    token = (await createToken(store.db, { name: "disk", role: "editor" })).token;
    await store.close();
  });
  afterAll(async () => {
    await stopWithin(server);
    unmountDisk(disk);
  });

  const importBig = (i: number) => postGraphQL(server!.url, IMPORT, { document: bigDocument(i) }, { authorization: `Bearer ${token}` });

  it(
    "refuses writes with 503 UNAVAILABLE naming the full disk, stores none of them, answers reads, and recovers",
    { timeout: 120_000 },
    async () => {
      expect((await readyz(server!)).status).toBe(200);
      fillDisk(join(disk!, "filler"));
      expect(await readyz(server!)).toEqual({ status: 503, body: { status: "disk full", database: "sqlite" } });

      // The database files may still have room inside them; writes go on until they need more.
      let refused: { i: number; status: number; body: any } | undefined;
      for (let i = 0; i < 40 && !refused; i++) {
        const { status, body } = await importBig(i);
        if (status === 200 && body.data?.importSource.stored === true) continue;
        refused = { i, status, body };
      }
      expect(refused, "some import needed more room than the full disk had").toBeDefined();
      console.log(`sqlite: ${refused!.i} imports of 0.9 MB stored on the full disk before one was refused`);
      expect(refused!.status).toBe(503);
      expect(refused!.body.errors[0]).toMatchObject({
        message: "The database's disk is full: nothing of this write was stored; try again once space has been freed",
        extensions: { code: "UNAVAILABLE" },
      });
      const id = `Source:disk-${refused!.i}-terminal-report`;
      const lookup = await postGraphQL(server!.url, `query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(lookup.body.data.node).toBeNull();
      expect((await postGraphQL(server!.url, READ)).body.data.actor.name).toBe("Donald Trump");
      expect(server!.process.exitCode).toBeNull();

      rmSync(join(disk!, "filler"));
      expect(await eventually(async () => (await readyz(server!)).status === 200, 5_000)).toBe(true);
      const retried = await importBig(refused!.i);
      expect(retried.body.data.importSource).toEqual({ stored: true, source: { id } });

      await server!.stop();
      const store = openDatabase(`file:${join(disk!, "claimline.db")}`);
      try {
        expect((await sql`pragma integrity_check`.execute(store.db)).rows).toEqual([{ integrityCheck: "ok" }]);
        const sources = await store.db.selectFrom("sources").select("id").where("id", "like", "disk-%").execute();
        expect(sources).toHaveLength(refused!.i + 1);
      } finally {
        await store.close();
      }
    },
  );
});

describe.skipIf(!canMount)("sqlite: the database's disk is read-only when the server starts", () => {
  let disk: string | undefined;
  let child: ReturnType<typeof spawn> | undefined;
  afterAll(() => {
    child?.kill("SIGKILL");
    unmountDisk(disk);
  });

  it("waits with one clear line per attempt instead of exiting, and serves once the disk is writable", { timeout: 60_000 }, async () => {
    disk = mountDisk(32);
    const url = `file:${join(disk!, "claimline.db")}`;
    const seeding = await startServer({ DATABASE_URL: url });
    expect(await seeding.stop()).toBe(0);
    expect(spawnSync("mount", ["-o", "remount,ro", disk!]).status).toBe(0);

    child = spawn(process.execPath, [MAIN], { env: { ...process.env, DATABASE_URL: url, PORT: "0", HOST: "127.0.0.1" } });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    expect(await eventually(() => Promise.resolve(/"attempt":3,/.test(output)), 10_000)).toBe(true);
    expect(child.exitCode).toBeNull();
    const lines = output.trim().split("\n");
    expect(lines.every((line) => line.startsWith("{"))).toBe(true);
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).toMatch(/database unreachable \(unable to open database file \(SQLITE_CANTOPEN\)\); retrying in \d+ ms/);

    expect(spawnSync("mount", ["-o", "remount,rw", disk!]).status).toBe(0);
    const ready = /ready: GraphQL and Apollo Sandbox at (http:\/\/localhost:\d+)\/graphql/;
    expect(await eventually(() => Promise.resolve(ready.test(output)), 15_000)).toBe(true);
    const serverUrl = ready.exec(output)![1]!;
    expect((await postGraphQL(serverUrl, READ)).body.data.actor.name).toBe("Donald Trump");
    child.kill("SIGTERM");
  });
});
