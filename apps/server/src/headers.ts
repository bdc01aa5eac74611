// Security headers (helmet) on every response, with a Content-Security-Policy that the dashboard and the bundled
// GraphiQL work under (proved in tests/e2e/security-headers.test.ts: no violation in the browser's console).
import { fastifyHelmet as helmet, type FastifyHelmetOptions } from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

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

/** The dashboard, /explorer and everything else without a policy of its own. */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  // No upgrade-insecure-requests: the server is also reached over plain http on localhost.
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES }, xFrameOptions: { action: "deny" } });
}

/**
 * For /graphql: Apollo's Sandbox page brings its own policy in a <meta> tag, with a fresh nonce for its inline
 * scripts and the CDN it loads from, and both policies apply. So this header adds only what a <meta> policy
 * cannot say (frame-ancestors) and what Apollo leaves open (plugins, <base>); JSON answers need nothing more.
 */
export const GRAPHQL_ROUTE_HEADERS: Omit<FastifyHelmetOptions, "global"> = {
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
