import type { FastifyError, FastifyInstance } from "fastify";
import type { ErrorCode } from "./errors.js";

/** GraphQL's error shape for whatever goes wrong before Apollo sees the request (parsing the body, mostly). */
export function graphQLErrorBody(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/**
 * In `scope` (the /graphql route), answers Fastify's own errors the way GraphQL clients read them: an `errors`
 * array with a code. 413 PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, other 4xx BAD_REQUEST (malformed or
 * empty JSON, say); anything else is a bug of ours: INTERNAL 500 with the request id, and the error in the log.
 */
export function answerRequestErrorsAsGraphQL(scope: FastifyInstance, maxBodyBytes: number): void {
  scope.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    let body;
    if (status === 413) body = graphQLErrorBody(`The request body is larger than ${maxBodyBytes} bytes`, "PAYLOAD_TOO_LARGE");
    else if (status === 415) {
      const type = request.headers["content-type"] ?? "none";
      body = graphQLErrorBody(`Content-Type ${type} is not accepted: POST GraphQL as application/json`, "UNSUPPORTED_MEDIA_TYPE");
    } else if (status < 500) {
      const json = (error.code as string | undefined)?.startsWith("FST_ERR_CTP") === true || error instanceof SyntaxError;
      body = graphQLErrorBody(json ? "The request body is not valid JSON" : error.message, "BAD_REQUEST");
    } else {
      request.log.error({ err: error }, "unexpected error answering a GraphQL request");
      body = graphQLErrorBody("Internal server error", "INTERNAL", { requestId: request.id });
    }
    return reply.code(status).type("application/json; charset=utf-8").send(body);
  });
}
