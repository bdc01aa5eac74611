// Whether the database can be reached, learnt from real failures: once a query fails for want of the database,
// requests are answered UNAVAILABLE at once (no connection attempt each), /readyz says 503, and one loop pings
// with growing pauses until the database answers again. Nothing needs a restart.
import { isDatabaseUnavailable, ping, type Store } from "@claimline/store";

export interface DatabaseHealth {
  /** False from a reported outage until a ping succeeds again. */
  readonly up: boolean;
  /** Call with any error from the database: an outage starts the reconnect loop; other errors are ignored. */
  report(error: unknown): void;
  /** Stops the reconnect loop (at shutdown). */
  stop(): void;
}

export interface HealthLog {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

/** Pauses between pings while the database is away: 250 ms, doubling to at most 5 s. */
export const FIRST_RETRY_MS = 250;
export const MAX_RETRY_MS = 5_000;

/**
 * Example: `const health = watchDatabase(store, app.log)`; `catch (error) { health.report(error) }`; `health.up`.
 */
export function watchDatabase(store: Store, log: HealthLog): DatabaseHealth {
  let up = true;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let downSince = 0;

  const retry = (delay: number, attempt: number) => {
    timer = setTimeout(() => {
      ping(store.db).then(
        () => {
          up = true;
          log.info({ database: store.location, downForMs: Date.now() - downSince, attempts: attempt }, "database reachable again");
        },
        (error: unknown) => {
          if (stopped) return;
          const next = Math.min(delay * 2, MAX_RETRY_MS);
          log.warn({ database: store.location, attempt, error: describe(error) }, `database still unreachable; next try in ${next} ms`);
          retry(next, attempt + 1);
        },
      );
    }, delay);
    timer.unref();
  };

  return {
    get up() {
      return up;
    },
    report(error) {
      if (!up || stopped || !isDatabaseUnavailable(error)) return;
      up = false;
      downSince = Date.now();
      log.warn({ database: store.location, error: describe(error) }, "database unreachable: answering UNAVAILABLE and reconnecting");
      retry(FIRST_RETRY_MS, 1);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** One line for the log: the driver's message and code, without a stack. */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const message = error.message || (error instanceof AggregateError ? error.errors.map(describe).join("; ") : error.name);
  return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
}
