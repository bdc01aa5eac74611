import { ping, type Store } from "@claimline/store";
import type { FastifyInstance } from "fastify";
import { describe, type DatabaseHealth } from "./database-health.js";
import { storageProblem } from "./storage-check.js";

export interface Readiness {
  /** True from the moment a shutdown signal arrives. */
  draining(): boolean;
  health: DatabaseHealth;
  /** Free disk space below which an SQLite server is not ready. */
  minFreeDiskBytes: number;
}

/**
 * `/healthz`: the process is up (for restarts). `/readyz`: it can reach its database, could store a write (SQLite:
 * its file is writable and its disk has room) and is not shutting down (for load balancers), 503 otherwise, so
 * traffic moves to a server that can answer. A server that cannot write still answers reads.
 */
export function registerHealthRoutes(app: FastifyInstance, store: Store, readiness: Readiness): void {
  app.get("/healthz", () => Promise.resolve({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const unready = (status: string) => reply.code(503).send({ status, database: store.dialect });
    if (readiness.draining()) return unready("shutting down");
    // While an outage is known, the reconnect loop is already pinging: answer at once.
    if (!readiness.health.up) return unready("unavailable");
    try {
      await ping(store.db);
      const fault = await storageProblem(store, readiness.minFreeDiskBytes);
      if (fault) return await unready(fault);
      return { status: "ready", database: store.dialect };
    } catch (error) {
      readiness.health.report(error);
      app.log.warn({ error: describe(error) }, "readiness check: database unreachable");
      return unready("unavailable");
    }
  });
}
