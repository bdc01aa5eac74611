// The built dashboard (apps/dashboard/dist), served by the API process so `npm start` is one process:
// files as they are, /explorer for the bundled GraphiQL, and index.html for any other page path (the
// dashboard routes in the browser), while API paths and missing asset files keep their plain 404s.
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** Paths that belong to the API, never to the dashboard. */
const API_PATHS = /^\/(graphql|healthz|readyz|export)(\/|$|\?)/;

/** A path whose last segment has an extension asks for a file (`/assets/main-abc.js`), not a page. */
const FILE_PATH = /\/[^/]*\.[a-z0-9]+$/i;

/**
 * Serves the dashboard in `dir` at `/`. Hashed assets are cached for a year; HTML is revalidated each time.
 * Example: `await serveDashboard(app, "/srv/claimline/apps/dashboard/dist")`.
 */
export async function serveDashboard(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    prefix: "/",
    dotfiles: "ignore",
    cacheControl: false,
    setHeaders(reply, path) {
      reply.header("cache-control", /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  const explorer = (_request: FastifyRequest, reply: FastifyReply) => reply.sendFile("explorer/index.html");
  app.get("/explorer", explorer);

  app.setNotFoundHandler((request, reply) => {
    const [path = "/"] = request.url.split("?");
    const page = (request.method === "GET" || request.method === "HEAD") && !API_PATHS.test(request.url) && !FILE_PATH.test(path);
    if (page) return reply.sendFile("index.html");
    return reply.code(404).send({ message: `Route ${request.method}:${path} not found`, error: "Not Found", statusCode: 404 });
  });
}
