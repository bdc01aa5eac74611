import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import fastifyApollo, { fastifyApolloDrainPlugin } from "@as-integrations/fastify";
import type { Store } from "@claimline/store";
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from "fastify";
import { buildClaimlineSchema } from "./build-schema.js";
import { viewerFor } from "./auth.js";
import { createContext, type Context } from "./context.js";
import { createErrorFormatter } from "./format-error.js";
import { registerHealthRoutes } from "./health.js";
import { serveDashboard } from "./static.js";

export interface ServerDeps {
  store: Store;
  /** Fastify's logger option: false in tests, pino settings in main.ts. */
  logger?: FastifyServerOptions["logger"];
  /** The built dashboard to serve at `/` (apps/dashboard/dist); no dashboard when unset. */
  dashboardDir?: string;
  /** Put stack traces in error responses: for local debugging only, never in production (default false). */
  exposeStackTraces?: boolean;
}

export interface ClaimlineServer {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
}

/** Largest request body accepted; larger ones get 413 before any parsing. */
export const MAX_BODY_BYTES = 1_048_576;

/**
 * The whole HTTP service, not yet listening: GraphQL (with Apollo Sandbox for browsers) at /graphql,
 * /healthz and /readyz, and the dashboard at / when its build is given.
 * Example: `const { app } = await createServer({ store }); await app.listen({ port: 4000 })`.
 */
export async function createServer({
  store,
  logger = false,
  dashboardDir,
  exposeStackTraces = false,
}: ServerDeps): Promise<ClaimlineServer> {
  // Requests are not logged one by one: at thousands a second that is most of the work. Errors are.
  const app = Fastify({ logger, bodyLimit: MAX_BODY_BYTES, logController: new LogController({ disableRequestLogging: true }) });
  const apollo = new ApolloServer<Context>({
    schema: await buildClaimlineSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: exposeStackTraces,
    formatError: createErrorFormatter((error) => app.log.error({ err: error }, "unexpected error in a GraphQL request")),
    plugins: [
      // Sandbox is the explorer our users expect, in production too.
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      // Cache hints are unused, and the plugin wraps every field resolver (~1.6× cost measured).
      ApolloServerPluginCacheControlDisabled(),
      fastifyApolloDrainPlugin(app),
    ],
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    context: async (request) => createContext(store, await viewerFor(store, request.headers.authorization)),
  });
  registerHealthRoutes(app, store);
  if (dashboardDir) await serveDashboard(app, dashboardDir);
  return { app, apollo };
}
