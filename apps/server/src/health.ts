import { ping, type Store } from "@claimline/store";
import type { FastifyInstance } from "fastify";

/**
 * `/healthz`: the process is up (for restarts). `/readyz`: it can reach its database (for load balancers),
 * 503 otherwise, so traffic moves to a server that can answer.
 */
export function registerHealthRoutes(app: FastifyInstance, store: Store): void {
  app.get("/healthz", () => Promise.resolve({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    try {
      await ping(store.db);
      return { status: "ready", database: store.dialect };
    } catch (error) {
      app.log.warn({ err: error }, "readiness check: database unreachable");
      return reply.code(503).send({ status: "unavailable", database: store.dialect });
    }
  });
}
