// Cost-based token buckets: each bucket holds up to `capacity` points and refills at `refillPerSecond`; a request
// takes its cost (at least 1) from every bucket it draws on, or from none when any of them cannot pay.
// This file holds the in-memory buckets for one process; rate-limit.redis.ts shares them between processes.

export interface RateLimitOptions {
  /** Points a full bucket holds: the largest burst, and at least the largest cost an operation may have. */
  capacity: number;
  /** Points restored each second. */
  refillPerSecond: number;
}

export interface Charge {
  allowed: boolean;
  /** Points left in the emptiest bucket after this request (before it, when refused). */
  remaining: number;
  /** When refused: whole seconds until the emptiest bucket can pay. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  readonly options: RateLimitOptions;
  /** Takes `cost` points from every bucket in `keys`, all or none. */
  charge(keys: readonly string[], cost: number): Promise<Charge>;
  /** Resolves once the limiter can count (connected, for a shared one), or has given up waiting and counts locally. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

// A dashboard page costs 2,000–13,000 points and a newsroom shares one IP: the bucket holds about a hundred page
// views at once and refills a page a second, while the costliest allowed operation (25,000) can be sent at most
// every 2.5 s.
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { capacity: 1_000_000, refillPerSecond: 10_000 };

/** Seconds until `missing` points have been refilled. */
export const secondsToRefill = (missing: number, options: RateLimitOptions) => Math.max(1, Math.ceil(missing / options.refillPerSecond));

/** Beyond this many buckets, full ones are forgotten (a full bucket is the same as no bucket), then the oldest. */
const MAX_BUCKETS = 100_000;

/**
 * Buckets in this process's memory: right for one server; several servers each keep their own.
 * Example: `const limiter = memoryRateLimiter({ capacity: 100_000, refillPerSecond: 1_000 })`.
 */
export function memoryRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { points: number; at: number }>();
  const level = (key: string, time: number): number => {
    const bucket = buckets.get(key);
    if (!bucket) return options.capacity;
    return Math.min(options.capacity, bucket.points + ((time - bucket.at) / 1000) * options.refillPerSecond);
  };
  const forgetSome = (time: number) => {
    for (const key of buckets.keys()) if (level(key, time) >= options.capacity) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size < MAX_BUCKETS) break;
      buckets.delete(key);
    }
  };
  return {
    options,
    charge(keys, cost) {
      const time = now();
      const levels = keys.map((key) => level(key, time));
      const lowest = Math.min(options.capacity, ...levels);
      if (lowest < cost) {
        return Promise.resolve({
          allowed: false,
          remaining: Math.floor(lowest),
          retryAfterSeconds: secondsToRefill(cost - lowest, options),
        });
      }
      if (buckets.size >= MAX_BUCKETS) forgetSome(time);
      for (const [i, key] of keys.entries()) {
        buckets.delete(key); // re-inserted last, so the Map's order is least recently charged first
        buckets.set(key, { points: (levels[i] ?? options.capacity) - cost, at: time });
      }
      return Promise.resolve({ allowed: true, remaining: Math.floor(lowest - cost), retryAfterSeconds: 0 });
    },
    ready: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}
