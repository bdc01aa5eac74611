import { getOperationAST, parse } from "graphql";
import { Redis } from "ioredis";

/** What a cached answer is keyed by: the caller (its Authorization header) and the normalized operation. */
export interface CacheableRequest {
  authorization: string;
  query: string;
  operationName: string | null;
  variables: unknown;
}

export interface ResponseCache {
  /** The cache key, or null when this request is never cached (a mutation, a subscription, a document that does not parse). */
  keyOf(request: CacheableRequest): string | null;
  /** The write generation now: an answer computed from here on is stored with it and served while it still holds. */
  generation(): Promise<number>;
  get(key: string, generation: number): CachedAnswer | undefined;
  /** Keeps a successful answer (one with `extensions.cost` and no errors); its `extensions.rateLimit` is dropped. */
  set(key: string, generation: number, body: string): void;
  /** Whether the request is a mutation: answering it must end with `wrote()`. */
  isWrite(request: CacheableRequest): boolean;
  /** Invalidates every answer cached before now, on this instance and (through Redis) on every other. */
  wrote(): Promise<void>;
  close(): Promise<void>;
}

/** A cached answer: its cost (charged again on every hit) and its body, given the caller's rate-limit state. */
export interface CachedAnswer {
  cost: number;
  body(rateLimit?: object): string;
}

interface Entry {
  generation: number;
  cost: number;
  /** The JSON body without the `}}` closing `extensions` and the body, so a hit can add its own `rateLimit`. */
  head: string;
}

/** Documents remembered (normalized, with their operation type), so a repeated one is not parsed or normalized again. */
const MAX_DOCUMENTS = 1_000;

/**
 * An LRU of whole response bodies in front of Apollo: a hit never enters the GraphQL pipeline. Every write bumps a
 * generation (in Redis when `redisUrl` is given, so every instance sees it on its next request; in the process
 * otherwise) after it commits and before it answers, and entries of older generations are never served: a write is
 * visible on the very next read. Writes made outside the server (`npm run import`) are not seen until the next
 * write through it or a restart.
 * Example: `const cache = responseCache({ entries: 10_000 })`.
 */
export function responseCache({
  entries,
  redisUrl,
  keyPrefix = "claimline:",
}: {
  entries: number;
  redisUrl?: string;
  keyPrefix?: string;
}): ResponseCache {
  const bodies = new Map<string, Entry>();
  const operations = new Map<string, string | null>();
  let localGeneration = 0;
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false }) : null;
  const generationKey = `${keyPrefix}response-cache-generation`;
  redis?.on("error", () => undefined);

  // Clients send the same few documents again and again: each is normalized once, not on every hit (~7 % of a hit's CPU).
  const normalized = new Map<string, string>();
  const normalize = (query: string) => {
    let text = normalized.get(query);
    if (text === undefined) {
      text = query.replace(/\s+/g, " ").trim();
      if (normalized.size >= MAX_DOCUMENTS) normalized.clear();
      normalized.set(query, text);
    }
    return text;
  };
  const operationOf = (request: CacheableRequest): string | null => {
    const cacheKey = `${request.operationName ?? ""}\u0000${normalize(request.query)}`;
    if (operations.has(cacheKey)) return operations.get(cacheKey) ?? null;
    let operation: string | null;
    try {
      operation = getOperationAST(parse(request.query), request.operationName)?.operation ?? null;
    } catch {
      operation = null;
    }
    if (operations.size >= MAX_DOCUMENTS) operations.clear();
    operations.set(cacheKey, operation);
    return operation;
  };

  return {
    keyOf(request) {
      if (operationOf(request) !== "query") return null;
      return `${request.authorization}\u0000${request.operationName ?? ""}\u0000${normalize(request.query)}\u0000${JSON.stringify(request.variables ?? null)}`;
    },
    isWrite: (request) => operationOf(request) === "mutation",
    async generation() {
      if (!redis) return localGeneration;
      // While Redis is away nothing is served from the cache (-1 matches no entry): stale answers are worse than slow ones.
      const value = await redis.get(generationKey).catch(() => null);
      return value == null ? (redis.status === "ready" ? 0 : -1) : Number(value);
    },
    get(key, generation) {
      const entry = bodies.get(key);
      if (!entry || generation < 0 || entry.generation !== generation) return undefined;
      // Move to the back: the Map's insertion order is the LRU order.
      bodies.delete(key);
      bodies.set(key, entry);
      return {
        cost: entry.cost,
        body: (rateLimit) => (rateLimit ? `${entry.head},"rateLimit":${JSON.stringify(rateLimit)}}}` : `${entry.head}}}`),
      };
    },
    set(key, generation, body) {
      if (generation < 0) return;
      const { extensions, ...rest } = JSON.parse(body) as { errors?: unknown; extensions?: { cost?: unknown; rateLimit?: unknown } };
      if (rest.errors !== undefined || typeof extensions?.cost !== "number") return;
      const { rateLimit: _rateLimit, ...kept } = extensions;
      const head = JSON.stringify({ ...rest, extensions: kept }).slice(0, -2);
      bodies.delete(key);
      bodies.set(key, { generation, cost: extensions.cost, head });
      if (bodies.size > entries) bodies.delete(bodies.keys().next().value as string);
    },
    async wrote() {
      localGeneration += 1;
      bodies.clear();
      if (redis) await redis.incr(generationKey).catch(() => undefined);
    },
    async close() {
      bodies.clear();
      await redis?.quit().catch(() => undefined);
    },
  };
}
