// Readiness for an embedded database: SQLite writes into a file on this machine's disk, so a full disk or a
// read-only file is known before a write fails on it. PostgreSQL's disk is its own server's business.
import { constants } from "node:fs";
import { access, statfs } from "node:fs/promises";
import { dirname } from "node:path";
import type { Store, StorageFault } from "@claimline/store";

/** Free space below which an SQLite server reports itself not ready (`MIN_FREE_DISK_MB`, default 32). */
export const DEFAULT_MIN_FREE_DISK_BYTES = 32 * 1024 * 1024;

/**
 * The storage fault that would refuse the next write, or undefined when writes can go on: for SQLite, the file's
 * folder has less than `minFreeBytes` free ("disk full") or the file cannot be opened for writing ("read-only").
 * Example: `await storageProblem(store, DEFAULT_MIN_FREE_DISK_BYTES)`.
 */
export async function storageProblem(store: Store, minFreeBytes: number): Promise<StorageFault | undefined> {
  if (store.dialect !== "sqlite" || store.location === ":memory:") return undefined;
  try {
    await access(store.location, constants.W_OK);
  } catch {
    return "read-only";
  }
  const { bavail, bsize } = await statfs(dirname(store.location));
  return bavail * bsize < minFreeBytes ? "disk full" : undefined;
}
