import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

/** A graphql-ws client of a running server's /graphql; `authorization` goes in the connection_init payload. */
export function wsClient(url: string, authorization?: string): Client {
  return createClient({
    url: `${url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    lazy: false,
    retryAttempts: 0,
    // Every error also reaches the subscription's sink, where the tests look at it.
    onNonLazyError: () => undefined,
  });
}

type Result = { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };

export interface Subscription {
  /** Every result received so far, each with the time it came (performance.now()). */
  received: { result: Result; at: number }[];
  /** Resolves with the `n`th result (1-based) once it has come; rejects after `timeoutMs`. */
  nth(n: number, timeoutMs?: number): Promise<Result>;
  /** Resolves once the server ended the subscription (with an error, or completed). */
  ended: Promise<unknown>;
  stop(): void;
}

/** Subscribes and records what arrives. */
export function subscribe(client: Client, query: string, variables?: Record<string, unknown>): Subscription {
  const received: Subscription["received"] = [];
  const waiting: (() => void)[] = [];
  let end!: (value: unknown) => void;
  const ended = new Promise((resolve) => (end = resolve));
  const stop = client.subscribe<Result["data"]>(
    { query, variables },
    {
      next: (result) => {
        received.push({ result: result as Result, at: performance.now() });
        for (const wake of waiting.splice(0)) wake();
      },
      error: (error) => end(error),
      complete: () => end("complete"),
    },
  );
  const nth = async (n: number, timeoutMs = 5_000): Promise<Result> => {
    const deadline = Date.now() + timeoutMs;
    while (received.length < n) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`only ${received.length} of ${n} results came within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return received[n - 1]!.result;
  };
  return { received, nth, ended, stop };
}
