// CORS for /graphql and /export/: which other origins' pages may read, and which may also write.
import type { ApolloServerPlugin } from "@apollo/server";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { OperationTypeNode } from "graphql";
import type { Context } from "./context.js";
import { ClaimlineError } from "./errors.js";

/** The paths other origins may call; the dashboard, /explorer and health checks stay same-origin. */
const CORS_PATHS = /^\/(graphql|export\/)/;

/** What a preflight may ask to send: JSON bodies, a bearer token, and Apollo's CSRF-prevention headers. */
const ALLOWED_HEADERS = "content-type, authorization, apollo-require-preflight, x-apollo-operation-name";

/**
 * Origins allowed to call the API from a browser, from `CORS_ORIGINS` ("https://a.example,https://b.example").
 * `*` lets every origin read; only origins listed by name may also write. None by default.
 */
export class CorsPolicy {
  readonly anyoneReads: boolean;
  private readonly named: ReadonlySet<string>;

  constructor(origins: readonly string[]) {
    this.anyoneReads = origins.includes("*");
    this.named = new Set(origins.filter((origin) => origin !== "*"));
  }

  /** Parses `CORS_ORIGINS`; an entry that is neither `*` nor an origin (scheme://host[:port]) is an error. */
  static fromEnv(value: string | undefined): CorsPolicy {
    const origins = (value ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    for (const origin of origins) {
      if (origin !== "*" && !/^https?:\/\/[^/\s]+$/.test(origin))
        throw new Error(`CORS_ORIGINS: "${origin}" is not an origin like https://app.example or http://localhost:5173, nor *`);
    }
    return new CorsPolicy(origins);
  }

  /** The Access-Control-Allow-Origin value for a request from `origin`, or undefined when it may not read. */
  allowOrigin(origin: string): string | undefined {
    if (this.named.has(origin)) return origin;
    return this.anyoneReads ? "*" : undefined;
  }

  /** Writes come from no browser (no Origin), the server's own pages, or an origin listed by name; never through `*`. */
  mayWrite(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined || this.named.has(origin)) return true;
    if (host === undefined) return false;
    try {
      const page = new URL(origin);
      // Parsed alike, so "localhost:80" and "http://localhost" compare equal.
      return page.host === new URL(`${page.protocol}//${host}`).host;
    } catch {
      return false;
    }
  }
}

/**
 * Answers preflights (204 with the methods and headers allowed, cached 10 minutes) and adds
 * Access-Control-Allow-Origin to answers for allowed origins. Never Access-Control-Allow-Credentials: the API
 * authenticates with bearer tokens, not cookies, and a `*` answer must not carry credentials anyway.
 */
export function registerCors(app: FastifyInstance, policy: CorsPolicy): void {
  const allowed = (request: FastifyRequest) => {
    const origin = request.headers.origin;
    return origin && CORS_PATHS.test(request.url) ? policy.allowOrigin(origin) : undefined;
  };
  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "OPTIONS" || !request.headers["access-control-request-method"] || !CORS_PATHS.test(request.url)) return;
    const allowOrigin = allowed(request);
    reply.header("vary", "Origin");
    if (allowOrigin) {
      reply.header("access-control-allow-origin", allowOrigin);
      reply.header("access-control-allow-methods", "GET, POST");
      reply.header("access-control-allow-headers", ALLOWED_HEADERS);
      reply.header("access-control-max-age", "600");
    }
    await reply.code(204).send();
  });
  app.addHook("onSend", async (request, reply) => {
    if (!CORS_PATHS.test(request.url)) return;
    const vary = reply.getHeader("vary");
    if (!String(vary ?? "").includes("Origin")) reply.header("vary", vary ? `${String(vary)}, Origin` : "Origin");
    const allowOrigin = allowed(request);
    if (!allowOrigin) return;
    reply.header("access-control-allow-origin", allowOrigin);
    reply.header("access-control-expose-headers", "x-request-id, retry-after");
  });
}

/** Refuses a mutation (403 FORBIDDEN) from a page whose origin may only read. */
export function corsWritesPlugin(policy: CorsPolicy): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, request }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return Promise.resolve();
          const origin = request.http?.headers.get("origin");
          if (policy.mayWrite(origin, request.http?.headers.get("host"))) return Promise.resolve();
          throw new ClaimlineError(
            "FORBIDDEN",
            `Pages on ${origin ?? "another origin"} may read but not write: list the origin in CORS_ORIGINS to let it write`,
            { http: { status: 403 } },
          );
        },
      });
    },
  };
}
