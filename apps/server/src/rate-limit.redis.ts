// The same token buckets, kept in Redis so that every server process draws on one budget per token and per IP.
import { Redis } from "ioredis";
import { memoryRateLimiter, secondsToRefill, type RateLimiter, type RateLimitOptions } from "./rate-limit.js";

/**
 * KEYS: the buckets. ARGV: capacity, points per millisecond, cost. Redis's clock, not the servers', so that
 * processes on different machines agree. All buckets pay, or none; each expires once it would be full again.
 * Returns { 1 or 0, the emptiest bucket's level after (or before) }.
 */
const CHARGE = `
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local levels = {}
local lowest = capacity
for i, key in ipairs(KEYS) do
  local bucket = redis.call('HMGET', key, 'points', 'at')
  local level = capacity
  if bucket[1] then level = math.min(capacity, tonumber(bucket[1]) + (now - tonumber(bucket[2])) * perMs) end
  levels[i] = level
  if level < lowest then lowest = level end
end
if lowest < cost then return {0, tostring(lowest)} end
for i, key in ipairs(KEYS) do
  local left = levels[i] - cost
  redis.call('HSET', key, 'points', tostring(left), 'at', now)
  redis.call('PEXPIRE', key, math.ceil((capacity - left) / perMs) + 1000)
end
return {1, tostring(lowest - cost)}
`;

/** How long ready() waits for a first connection before the limiter starts counting locally. */
const CONNECT_WAIT_MS = 2_000;

export interface RedisRateLimitOptions extends RateLimitOptions {
  url: string;
  /** Put before every key, so that deployments (and test runs) sharing a Redis keep apart. */
  keyPrefix: string;
  /** Told once when Redis stops answering (the limiter then counts in this process's memory) and once when it is back. */
  onOutage?: (error: Error | null) => void;
}

/**
 * Buckets shared through Redis. When Redis is away a request is never refused for that: this process's own
 * buckets take over until Redis answers again.
 * Example: `redisRateLimiter({ url: "redis://127.0.0.1:6379", keyPrefix: "claimline:", capacity, refillPerSecond })`.
 */
export function redisRateLimiter({ url, keyPrefix, onOutage, ...options }: RedisRateLimitOptions): RateLimiter {
  const redis = new Redis(url, {
    keyPrefix,
    // Fail at once while disconnected rather than queueing requests behind a dead connection.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  // ioredis reports every failed reconnection as an 'error' event; the outage is told once, from charge() below.
  redis.on("error", () => undefined);
  const fallback = memoryRateLimiter(options);
  let failing = false;
  return {
    options,
    async charge(keys, cost) {
      try {
        const [allowed, level] = (await redis.eval(
          CHARGE,
          keys.length,
          ...keys,
          options.capacity,
          options.refillPerSecond / 1000,
          cost,
        )) as [number, string];
        if (failing) {
          failing = false;
          onOutage?.(null);
        }
        const points = Math.floor(Number(level));
        if (allowed === 1) return { allowed: true, remaining: points, retryAfterSeconds: 0 };
        return { allowed: false, remaining: points, retryAfterSeconds: secondsToRefill(cost - Number(level), options) };
      } catch (error) {
        if (!failing) onOutage?.(error as Error);
        failing = true;
        return fallback.charge(keys, cost);
      }
    },
    ready: () =>
      new Promise<void>((resolve) => {
        if (redis.status === "ready") resolve();
        redis.once("ready", () => resolve());
        setTimeout(resolve, CONNECT_WAIT_MS).unref();
      }),
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
