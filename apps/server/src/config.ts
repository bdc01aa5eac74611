// The environment, read and checked once at start-up, before anything opens a database or a port: a bad value stops
// the process with one line naming the variable, what it must be and what it was, rather than a stack trace later.
import { CorsPolicy } from "./cors.js";
import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS } from "./graphql-route.js";
import { DEFAULT_RATE_LIMIT } from "./rate-limit.js";
import { DEFAULT_SHUTDOWN_TIMEOUT_MS } from "./shutdown.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  poolSize: number | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  development: boolean;
  introspection: boolean;
  timeoutMs: number;
  maxResponseBytes: number;
  trustProxy: boolean;
  cors: CorsPolicy;
  minFreeDiskBytes: number | undefined;
  rateLimitCapacity: number;
  rateLimitRefillPerSecond: number;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  /** Whole answers the response cache keeps; 0 turns it off. */
  responseCacheEntries: number;
  shutdownTimeoutMs: number;
  /** FEDERATION=1: serve an Apollo Federation 2 subgraph. */
  federation: boolean;
}

/** A variable with a value the server cannot use; its message is the one line printed before exiting. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** A whole number in [min, max], or `fallback` when unset or empty. */
function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || value < min || value > max)
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got ${shown(raw)}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw))
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got ${shown(raw)}`);
  return raw as T;
}

/**
 * The server's settings from `env`, or a ConfigError naming the first bad variable.
 * Example: `readConfig({ PORT: "80a" })` throws `PORT must be a whole number from 0 to 65535, got "80a"`.
 */
export function readConfig(env: Env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^(file:.+|postgres(ql)?:\/\/.+)/.test(databaseUrl))
    throw new ConfigError(`DATABASE_URL must be file:/path/to.db or postgres://user@host:5432/db, got ${shown(databaseUrl)}`);
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\/.+/.test(redisUrl)) throw new ConfigError(`REDIS_URL must be redis://host:6379, got ${shown(redisUrl)}`);
  let cors: CorsPolicy;
  try {
    cors = CorsPolicy.fromEnv(env.CORS_ORIGINS);
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  return {
    port: integer(env, "PORT", 4000, 0, 65535),
    host: env.HOST || "0.0.0.0",
    databaseUrl,
    poolSize: env.DATABASE_POOL_SIZE ? integer(env, "DATABASE_POOL_SIZE", 10, 1, 1000) : undefined,
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, "info"),
    development: env.NODE_ENV === "development",
    introspection: oneOf(env, "INTROSPECTION", ["on", "off"], "on") === "on",
    timeoutMs: integer(env, "GRAPHQL_TIMEOUT_MS", DEFAULT_TIMEOUT_MS, 1, 3_600_000),
    maxResponseBytes: integer(env, "GRAPHQL_MAX_RESPONSE_BYTES", DEFAULT_MAX_RESPONSE_BYTES, 1024, 2 ** 31),
    trustProxy: oneOf(env, "TRUST_PROXY", ["true", "false"], "false") === "true",
    cors,
    minFreeDiskBytes: env.MIN_FREE_DISK_MB ? integer(env, "MIN_FREE_DISK_MB", 32, 0, 1_000_000) * 1024 * 1024 : undefined,
    rateLimitCapacity: integer(env, "RATE_LIMIT_CAPACITY", DEFAULT_RATE_LIMIT.capacity, 0, Number.MAX_SAFE_INTEGER),
    rateLimitRefillPerSecond: integer(env, "RATE_LIMIT_REFILL_PER_SECOND", DEFAULT_RATE_LIMIT.refillPerSecond, 0, Number.MAX_SAFE_INTEGER),
    redisUrl,
    redisKeyPrefix: env.REDIS_KEY_PREFIX ?? "claimline:",
    responseCacheEntries: integer(env, "RESPONSE_CACHE_ENTRIES", 0, 0, 10_000_000),
    shutdownTimeoutMs: integer(env, "SHUTDOWN_TIMEOUT_MS", DEFAULT_SHUTDOWN_TIMEOUT_MS, 0, 3_600_000),
    federation: oneOf(env, "FEDERATION", ["0", "1"], "0") === "1",
  };
}
