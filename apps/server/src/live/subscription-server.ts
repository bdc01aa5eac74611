// graphql-ws on the same port and path as POST /graphql: the same schema, authentication, limits, cost budget,
// rate limits and error masking as an HTTP operation, applied when each subscription starts.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Store } from "@claimline/store";
import type { FastifyInstance } from "fastify";
import {
  GraphQLError,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from "graphql";
import { CloseCode } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import { bucketKeys } from "../admission.plugin.js";
import { ANONYMOUS, viewerFor, type Viewer } from "../auth.js";
import { createContext } from "../context.js";
import { ClaimlineError } from "../errors.js";
import { operationCost } from "../cost.js";
import { limitError, limitValidationRules, type QueryLimits } from "../limits.js";
import type { RateLimiter } from "../rate-limit.js";
import type { ChangeBus } from "./changes.js";

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  store: Store;
  changes: ChangeBus;
  limits: QueryLimits;
  rateLimiter: RateLimiter | undefined;
  /** Apollo's error formatter, so a socket's errors read as an HTTP response's do. */
  formatError: (formatted: ReturnType<GraphQLError["toJSON"]>, error: unknown) => ReturnType<GraphQLError["toJSON"]>;
  /** The largest message a client may send (as the HTTP body limit). */
  maxPayloadBytes: number;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The connection_init payload's `authorization`, else the upgrade request's header. */
function authorizationOf(params: Record<string, unknown> | undefined, request: IncomingMessage): string | undefined {
  const given = params?.authorization ?? request.headers.authorization;
  return typeof given === "string" && given !== "" ? given : undefined;
}

/**
 * Answers WebSocket upgrades at /graphql with the graphql-ws protocol. The token comes from the connection_init
 * payload's `authorization` (`"Bearer …"`, as browsers cannot set headers on a WebSocket) or the upgrade's
 * Authorization header; none is an anonymous reader, an invalid one closes the socket with 4401 Unauthorized.
 * Returns a function that closes every socket (1001) for shutdown.
 */
export function serveSubscriptions(app: FastifyInstance, options: SubscriptionServerOptions): () => Promise<void> {
  const { schema, store, changes, limits, rateLimiter, formatError, maxPayloadBytes } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes });
  app.server.on("upgrade", (request: IncomingMessage, socket, head) => {
    if (new URL(request.url ?? "/", "http://localhost").pathname !== "/graphql") {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit("connection", ws, request));
  });
  const viewers = new WeakMap<WebSocket, Viewer>();
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));

  const server = useServer(
    {
      schema,
      async onConnect({ connectionParams, extra }) {
        try {
          viewers.set(extra.socket, await viewerFor(store, authorizationOf(connectionParams, extra.request)));
          return true;
        } catch (error) {
          if (!(error instanceof ClaimlineError && error.extensions.code === "UNAUTHENTICATED")) throw error;
          extra.socket.close(CloseCode.Unauthorized, "Unauthorized: the bearer token is malformed, unknown or revoked");
          return false;
        }
      },
      async onSubscribe({ extra, connectionParams }, _id, payload) {
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxLexicalTokens: limits.maxTokens });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return [new GraphQLError(message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })];
        }
        const invalid = validate(schema, document, [...specifiedRules, ...limitValidationRules(limits)]);
        if (invalid.length > 0) {
          return invalid.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { ...error.extensions, code: "GRAPHQL_VALIDATION_FAILED" },
              }),
          );
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation)
          return [new GraphQLError("No operation to run: name one with operationName", { extensions: { code: "BAD_REQUEST" } })];
        // Queries and mutations go over HTTP, where the deadline, the response cap and the logs are.
        if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          const message = "Only subscriptions are served over WebSocket: send queries and mutations to POST /graphql";
          return [new GraphQLError(message, { extensions: { code: "BAD_REQUEST" } })];
        }
        const variables = payload.variables ?? undefined;
        const cost = operationCost(schema, document, operation, variables);
        if (cost > limits.maxCost) {
          return [limitError("cost", `Query cost of ${cost} exceeds the budget of ${limits.maxCost}`, { cost, maximum: limits.maxCost })];
        }
        const token = BEARER.exec(authorizationOf(connectionParams, extra.request) ?? "")?.[1];
        const request = { id: randomUUID(), ip: extra.request.socket.remoteAddress ?? "", ...(token && { token }) };
        if (rateLimiter) {
          const points = Math.min(Math.max(cost, 1), limits.maxCost, rateLimiter.options.capacity);
          const charge = await rateLimiter.charge(bucketKeys(request), points);
          if (!charge.allowed) {
            const wait = charge.retryAfterSeconds;
            const message = `Rate limit exceeded: this operation costs ${points} points and ${charge.remaining} are left; retry in ${wait} s`;
            return [new GraphQLError(message, { extensions: { code: "RATE_LIMITED", retryAfter: wait } })];
          }
        }
        const viewer = viewers.get(extra.socket) ?? ANONYMOUS;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue: createContext(store, viewer, request, changes),
        };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext(_ctx, _id, _payload, _args, result: ExecutionResult): FormattedExecutionResult | undefined {
        if (!result.errors) return undefined;
        return { ...result, errors: format(result.errors) };
      },
    },
    sockets,
  );
  return async () => {
    await server.dispose();
    sockets.close();
  };
}
