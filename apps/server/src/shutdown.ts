// SIGTERM/SIGINT: stop taking traffic, finish what is in flight, then exit; never wait past a deadline.
import type { FastifyInstance } from "fastify";

export interface ShutdownOptions {
  app: FastifyInstance;
  /** Run in order once the HTTP server has closed: Apollo, the store, the rate limiter. */
  closers: (() => Promise<void>)[];
  /** How long in-flight requests get before the remaining connections are cut and the process exits 1. */
  timeoutMs: number;
  /** Called first, synchronously, so that /readyz answers 503 from that moment. */
  onDraining: () => void;
  exit?: (code: number) => void;
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * Installs the signal handlers. Fastify's close stops listening, answers requests arriving on open connections
 * with 503, closes idle keep-alive connections and resolves once every in-flight response has been written out;
 * only then do the closers run and the process exit 0. Past `timeoutMs` the rest is cut and it exits 1.
 */
export function exitGracefullyOnSignals({
  app,
  closers,
  timeoutMs,
  onDraining,
  exit = (code) => process.exit(code),
}: ShutdownOptions): void {
  let started = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    onDraining();
    app.log.info({ signal, timeoutMs }, `${signal}: not ready any more; finishing in-flight requests, then exiting`);
    const deadline = setTimeout(() => {
      app.log.error({ timeoutMs }, "shutdown deadline passed: cutting the remaining connections");
      app.server.closeAllConnections();
      exit(1);
    }, timeoutMs);
    try {
      await app.close();
      for (const close of closers) await close();
      app.log.info("closed cleanly");
      clearTimeout(deadline);
      exit(0);
    } catch (error) {
      app.log.error({ err: error }, "error while shutting down");
      clearTimeout(deadline);
      exit(1);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, (s) => void shutdown(s));
}
