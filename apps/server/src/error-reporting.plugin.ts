import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { FastifyBaseLogger } from "fastify";
import type { Context } from "./context.js";
import type { DatabaseHealth } from "./database-health.js";
import { errorKind } from "./format-error.js";

/** Seconds a client is asked to wait before retrying while the database is away. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * The other half of format-error.ts, where the request is known: logs every masked INTERNAL error with the
 * request id (`reqId`, as Fastify logs it) and puts the same id in the error's `extensions.requestId`; tells the
 * database health about an outage and answers it with HTTP 503 and Retry-After; a request stopped at its deadline
 * by the request guard is a 504, as when graphql-route.ts answers for it.
 */
export function errorReportingPlugin(log: FastifyBaseLogger, health: DatabaseHealth): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const kind = errorKind(error);
            if (kind === "unavailable") health.report(unwrapResolverError(error));
            if (kind === "internal") {
              log.error({ err: unwrapResolverError(error), reqId: contextValue.request.id }, "unexpected error in a GraphQL request");
            }
          }
          return Promise.resolve();
        },
        willSendResponse({ response, contextValue }) {
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          if (!result?.errors) return Promise.resolve();
          result.errors = result.errors.map((error) =>
            error.extensions?.code === "INTERNAL"
              ? { ...error, extensions: { ...error.extensions, requestId: contextValue.request.id } }
              : error,
          );
          const codes = new Set(result.errors.map((error) => error.extensions?.code));
          if (codes.has("UNAVAILABLE")) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(UNAVAILABLE_RETRY_AFTER_SECONDS));
          } else if (codes.has("TIMEOUT")) {
            // Past its deadline the request stopped loading: what it has is partial, as when the route answers alone.
            response.http.status = 504;
          }
          return Promise.resolve();
        },
      });
    },
  };
}
