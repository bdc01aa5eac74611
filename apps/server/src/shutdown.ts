// SIGTERM/SIGINT: say "not ready" at once, finish every response in flight, then close and exit; never wait past a
// deadline. Node's http server.close() also destroys every connection it deems idle, and that includes one whose
// response has been ended but not yet written out (a large body to a slow reader): so new connections are refused
// at once with net.Server's close, and http's close (through Fastify's) comes only once no response is in flight.
import { Server as NetServer } from "node:net";
import type { FastifyInstance } from "fastify";

export interface ShutdownOptions {
  app: FastifyInstance;
  /** Run in order once the HTTP server has closed: the store, say. */
  closers: (() => Promise<void>)[];
  /** How long in-flight responses get before the remaining connections are cut and the process exits 1. */
  timeoutMs: number;
  /** Called first, synchronously, so that /readyz answers 503 from that moment. */
  onDraining: () => void;
  exit?: (code: number) => void;
}

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * Installs the signal handlers (call before listening). On a signal the server stops accepting connections; requests
 * still arriving on open ones are answered with `Connection: close` (and /readyz with 503); once no response is in
 * flight it closes, runs the closers and exits 0. Past `timeoutMs` it cuts what is left and exits 1.
 */
export function exitGracefullyOnSignals({
  app,
  closers,
  timeoutMs,
  onDraining,
  exit = (code) => process.exit(code),
}: ShutdownOptions): void {
  let draining = false;
  let inFlight = 0;
  let settled: (() => void) | undefined;
  app.server.on("request", (_request, response) => {
    inFlight++;
    if (draining && !response.headersSent) response.setHeader("connection", "close");
    // 'close' comes once the whole response has been handed to the OS, or the client has gone.
    response.once("close", () => {
      inFlight--;
      if (inFlight === 0) settled?.();
    });
  });
  const quiet = () => new Promise<void>((resolve) => (inFlight === 0 ? resolve() : (settled = resolve)));

  const shutdown = async (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    onDraining();
    app.log.info({ signal, inFlight, timeoutMs }, `${signal}: not ready any more; finishing in-flight requests, then exiting`);
    const deadline = setTimeout(() => {
      app.log.error({ timeoutMs, inFlight }, "shutdown deadline passed: cutting the remaining connections");
      app.server.closeAllConnections();
      exit(1);
    }, timeoutMs);
    try {
      NetServer.prototype.close.call(app.server);
      await quiet();
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
