// Security headers (helmet) on every response, with a Content-Security-Policy that the dashboard and the bundled
// GraphiQL work under (proved in tests/e2e/security-headers.test.ts: no violation in the browser's console).
import { fastifyHelmet } from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import helmet, { type HelmetOptions } from "helmet";
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";

/**
 * Only our own files. Styles may be inline: React sets `style` attributes and Monaco (GraphiQL's editor) injects
 * `<style>` elements at run time. Monaco's workers come from our own files; images and fonts may be data: URLs.
 */
const DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", "blob:"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** For the dashboard, /explorer and everything else without a policy of its own. */
const SECURITY_HEADERS = {
  // No upgrade-insecure-requests: the server is also reached over plain http on localhost.
  contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES },
  xFrameOptions: { action: "deny" as const },
} satisfies HelmetOptions;

declare module "fastify" {
  interface FastifyContextConfig {
    /** Headers sent as they are instead of helmet's on this route (set `helmet: false`): see fixedSecurityHeaders. */
    securityHeaders?: Record<string, string>;
  }
}

/** Helmet's headers on every answer, or a route's `config.securityHeaders`; before anything else can answer. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, SECURITY_HEADERS);
  app.addHook("onRequest", (request, reply, next) => {
    const fixed = request.routeOptions.config.securityHeaders;
    if (fixed) reply.headers(fixed);
    next();
  });
}

/**
 * For /graphql: Apollo's Sandbox page brings its own policy in a <meta> tag, with a fresh nonce for its inline
 * scripts and the CDN it loads from, and both policies apply. So this header adds only what a <meta> policy
 * cannot say (frame-ancestors) and what Apollo leaves open (plugins, <base>); JSON answers need nothing more.
 */
export const GRAPHQL_ROUTE_HEADERS: HelmetOptions = {
  ...SECURITY_HEADERS,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
    },
  },
};

/**
 * The headers helmet sets for `options`, worked out once. @fastify/helmet builds helmet's middleware (and its
 * policy strings) anew on every request, ~3 % of the server's CPU on /graphql under load; a route whose headers never
 * vary sends these instead (`config.securityHeaders`, see graphql-route.ts). Directives that are functions of the request are not supported.
 */
export function fixedSecurityHeaders(options: HelmetOptions): Record<string, string> {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  helmet(options)(request, response, (error?: unknown) => {
    if (error) throw new Error("helmet refused these options", { cause: error });
  });
  return Object.fromEntries(Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]));
}
