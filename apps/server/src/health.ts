import { ping, type Store } from "@claimline/store";
import type { FastifyInstance } from "fastify";
import { describe, type DatabaseHealth } from "./database-health.js";

export interface Readiness {
  /** True from the moment a shutdown signal arrives. */
  draining(): boolean;
  health: DatabaseHealth;
}

/**
 * `/healthz`: the process is up (for restarts). `/readyz`: it can reach its database and is not shutting down
 * (for load balancers), 503 otherwise, so traffic moves to a server that can answer.
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
      return { status: "ready", database: store.dialect };
    } catch (error) {
      readiness.health.report(error);
      app.log.warn({ error: describe(error) }, "readiness check: database unreachable");
      return unready("unavailable");
    }
  });
}
