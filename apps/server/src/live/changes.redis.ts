// The change bus through Redis pub/sub: every process publishes to one channel and hears every other's writes.
import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
import { changeStream, type Change, type ChangeBus } from "./changes.js";

export interface RedisChangeBusOptions {
  url: string;
  /** Names the channel (`<prefix>changes`), so that deployments and test runs sharing a Redis keep apart. */
  keyPrefix: string;
  /** Told once when Redis stops answering (changes then reach this process's subscribers only) and once when it is back. */
  onOutage?: (error: Error | null) => void;
}

/**
 * Example: `redisChangeBus({ url: "redis://127.0.0.1:6379", keyPrefix: "claimline:" })`. While Redis is away a
 * publish still reaches this process's own subscribers; the others catch up with `addedAfter` when they reconnect.
 */
export async function redisChangeBus({ url, keyPrefix, onOutage }: RedisChangeBusOptions): Promise<ChangeBus> {
  const channel = `${keyPrefix}changes`;
  const options = { maxRetriesPerRequest: 1, retryStrategy: (attempt: number) => Math.min(attempt * 200, 5_000) };
  // Fail at once while disconnected rather than queue behind a dead connection.
  const publisher = new Redis(url, { ...options, enableOfflineQueue: false, commandTimeout: 500 });
  const subscriber = new Redis(url, options);
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const emit = (changes: readonly Change[]) => {
    for (const change of changes) emitter.emit(change.topic, change);
  };
  // ioredis reports every failed reconnection as an 'error' event; the outage is told once, from publish() below.
  publisher.on("error", () => undefined);
  subscriber.on("error", () => undefined);
  subscriber.on("message", (from: string, message: string) => {
    if (from === channel) emit(JSON.parse(message) as Change[]);
  });
  await subscriber.subscribe(channel).catch((error: unknown) => onOutage?.(error instanceof Error ? error : new Error(String(error))));
  let failing = false;
  return {
    async publish(changes) {
      if (changes.length === 0) return;
      try {
        await publisher.publish(channel, JSON.stringify(changes));
        if (failing) {
          failing = false;
          onOutage?.(null);
        }
      } catch (error) {
        if (!failing) {
          failing = true;
          onOutage?.(error instanceof Error ? error : new Error(String(error)));
        }
        emit(changes);
      }
    },
    subscribe: (topic, accept) => changeStream(emitter, topic, accept),
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
      return Promise.resolve();
    },
  };
}
