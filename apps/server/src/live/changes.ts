// What a subscription hears of: a record added or changed, named by its global id. Every write publishes these
// once its transaction has committed (services/write.service.ts); each subscriber re-reads the record itself.
import { EventEmitter } from "node:events";

export type ChangeTopic = "statementAdded" | "denialAdded" | "recordChanged";

export interface Change {
  topic: ChangeTopic;
  /** Global id, e.g. `Statement:trump-admits-direct-conversations`. */
  id: string;
}

/** Passes changes from writers to subscribers: in this process, or through Redis to every process (changes.redis.ts). */
export interface ChangeBus {
  /** Delivers to every subscriber (of every process sharing the bus); never throws. */
  publish(changes: readonly Change[]): Promise<void>;
  /** The changes of one topic from now on that `accept` lets through, in order; `return()` unsubscribes. */
  subscribe(topic: ChangeTopic, accept: (change: Change) => Promise<boolean>): AsyncIterableIterator<Change>;
  close(): Promise<void>;
}

/** A subscriber slower than this many waiting changes loses the oldest: it can catch up with `addedAfter`. */
export const MAX_QUEUED_CHANGES = 1_000;

/** The bus of a single process: subscribers hear of the writes made through this process only. */
export function localChangeBus(): ChangeBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(changes) {
      for (const change of changes) emitter.emit(change.topic, change);
      return Promise.resolve();
    },
    subscribe: (topic, accept) => changeStream(emitter, topic, accept),
    close: () => Promise.resolve(),
  };
}

/**
 * The changes `emitter` emits on `topic`, queued from the moment of the call and handed out one at a time once
 * `accept` says yes. `return()` takes effect at once, even while a `next()` waits, and removes the listener.
 */
export function changeStream(
  emitter: EventEmitter,
  topic: ChangeTopic,
  accept: (change: Change) => Promise<boolean>,
): AsyncIterableIterator<Change> {
  const queued: Change[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  // A function, so that the check after an await reads the flag as it is then.
  const ended = () => done;
  const listener = (change: Change) => {
    if (queued.push(change) > MAX_QUEUED_CHANGES) queued.shift();
    wake?.();
  };
  emitter.on(topic, listener);
  const finish = (): Promise<IteratorResult<Change>> => {
    done = true;
    emitter.off(topic, listener);
    queued.length = 0;
    wake?.();
    return Promise.resolve({ done: true, value: undefined });
  };
  return {
    async next() {
      while (!ended()) {
        const change = queued.shift();
        if (change === undefined) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        } else if ((await accept(change)) && !ended()) return { done: false, value: change };
      }
      return { done: true, value: undefined };
    },
    return: finish,
    async throw(error: unknown) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
