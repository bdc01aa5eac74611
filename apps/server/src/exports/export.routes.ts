// GET /export/statements.csv, /export/statements.jsonl and /export/claims.jsonld: every statement a filter
// matches, streamed. `filter` is a StatementFilter as JSON and `orderBy` a StatementOrder, as in the API.
import { Readable } from "node:stream";
import { isDatabaseUnavailable, type Store } from "@claimline/store";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { GraphQLError, GraphQLSchema } from "graphql";
import { bucketKeys } from "../admission.plugin.js";
import { viewerFor } from "../auth.js";
import type { DatabaseHealth } from "../database-health.js";
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "../error-reporting.plugin.js";
import { ClaimlineError, unavailable, type ErrorCode } from "../errors.js";
import type { RateLimiter } from "../rate-limit.js";
import { guardedStore } from "../request-guard.js";
import { graphQLErrorBody } from "../request-errors.js";
import { JSONLD_CLOSE, JSONLD_OPEN, jsonLdNodes } from "./claim-review.js";
import { exportedStatements, type ExportedStatement, type ExportRequest, type PageGuard } from "./export-pages.js";
import { CSV_HEADER, csvLine, statementCsvLine } from "./statements-csv.js";

interface Format {
  type: string;
  /** Written once before the first statement. */
  head: string;
  /** A statement's lines; `index` counts from 0. */
  body(statement: ExportedStatement, index: number): string;
  tail: string;
}

const FORMATS: Record<string, Format> = {
  "statements.csv": { type: "text/csv; charset=utf-8; header=present", head: csvLine(CSV_HEADER), body: statementCsvLine, tail: "" },
  "statements.jsonl": { type: "application/jsonl; charset=utf-8", head: "", body: (s) => `${JSON.stringify(s)}\n`, tail: "" },
  "claims.jsonld": {
    type: "application/ld+json; charset=utf-8",
    head: JSONLD_OPEN,
    body: (s, index) =>
      (index === 0 ? "" : ",\n") +
      jsonLdNodes(s)
        .map((node) => JSON.stringify(node))
        .join(",\n"),
    tail: JSONLD_CLOSE,
  },
};

function exportRequest(request: FastifyRequest): ExportRequest {
  const { filter, orderBy } = request.query as { filter?: string; orderBy?: string };
  let parsed: unknown = null;
  if (filter) {
    try {
      parsed = JSON.parse(filter);
    } catch {
      throw Object.assign(new Error(`filter is not JSON: pass a StatementFilter such as {"speakerIds":["Person:donald-trump"]}`), {
        code: "BAD_USER_INPUT",
      });
    }
  }
  return { filter: parsed, orderBy: orderBy ?? null };
}

/** Written in chunks of about 64 kB: a write per statement would cost more than the statement. */
async function* stream(format: Format, statements: AsyncIterable<ExportedStatement>) {
  let chunk = format.head;
  let index = 0;
  for await (const statement of statements) {
    chunk += format.body(statement, index++);
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk + format.tail;
}

/** The HTTP status of each error an export answers before its first byte; any other error is a bug (500). */
const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  TIMEOUT: 504,
};

const codeOf = (error: unknown) => {
  const graphQLError = error as Partial<GraphQLError> & { code?: string };
  return (graphQLError.extensions?.code ?? graphQLError.code) as ErrorCode | undefined;
};

function refuse(reply: FastifyReply, error: unknown) {
  const code = codeOf(error);
  const status = code && STATUS[code];
  if (!code || !status) throw error;
  const retryAfter = (error as Partial<GraphQLError>).extensions?.retryAfter as number | undefined;
  const wait = code === "UNAVAILABLE" ? UNAVAILABLE_RETRY_AFTER_SECONDS : retryAfter;
  if (wait !== undefined) reply.header("retry-after", String(wait));
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send(graphQLErrorBody((error as Error).message, code, code === "RATE_LIMITED" ? { retryAfter } : {}));
}

export interface ExportLimits {
  health: DatabaseHealth;
  /** Each page's deadline: a page's queries must be sent within this many ms of its start. */
  timeoutMs: number;
  /** The same buckets as /graphql; none when rate limits are off. */
  rateLimiter: RateLimiter | undefined;
  /** The most one charge takes, as for an operation on /graphql. */
  maxCost: number;
}

/** A page guard for one export: its caller's bucket (token when it sends a valid one, else IP), health, deadline. */
async function pageGuard(request: FastifyRequest, store: Store, limits: ExportLimits): Promise<PageGuard> {
  const { health, timeoutMs, rateLimiter, maxCost } = limits;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "")?.[1];
  // A made-up token must not buy a fresh bucket: it is checked as on /graphql.
  if (token) {
    await viewerFor(guardedStore(store, health, timeoutMs), request.headers.authorization).catch((error: unknown) => {
      if (!isDatabaseUnavailable(error)) throw error;
      health.report(error);
      throw unavailable();
    });
  }
  const keys = bucketKeys({ id: request.id, ip: request.ip, ...(token && { token }) });
  return {
    async charge(cost) {
      if (!rateLimiter) return;
      const points = Math.min(Math.max(cost, 1), maxCost, rateLimiter.options.capacity);
      const charge = await rateLimiter.charge(keys, points);
      if (charge.allowed) return;
      const wait = charge.retryAfterSeconds;
      throw new ClaimlineError(
        "RATE_LIMITED",
        `Rate limit exceeded: an export page costs ${points} points and ${charge.remaining} are left; retry in ${wait} s`,
        { retryAfter: wait },
      );
    },
    store: () => guardedStore(store, health, timeoutMs),
    report: (error) => health.report(error),
  };
}

/** Registers the three export routes. Example: `curl 'localhost:4000/export/statements.csv?filter={"disputed":true}'`. */
export function registerExportRoutes(app: FastifyInstance, schema: GraphQLSchema, store: Store, limits: ExportLimits): void {
  // A page refused after the first page was read but before a byte was written (output is sent 64 kB at a time)
  // is still answered with its status.
  const errorHandler = (error: unknown, _request: FastifyRequest, reply: FastifyReply) => {
    refuse(reply, error);
  };
  app.get<{ Params: { file: string } }>("/export/:file", { errorHandler }, async (request, reply) => {
    const format = FORMATS[request.params.file];
    if (!format)
      return reply.code(404).send({ message: `No export ${request.params.file}: statements.csv, statements.jsonl or claims.jsonld` });
    let statements: AsyncIterable<ExportedStatement>;
    try {
      statements = await exportedStatements(schema, await pageGuard(request, store, limits), exportRequest(request));
    } catch (error) {
      return refuse(reply, error);
    }
    const body = Readable.from(stream(format, statements));
    // Past the first byte a status can no longer be sent: the response is cut off (no final chunk), so a client
    // sees an incomplete transfer rather than a file that looks whole. No further page is read.
    body.on("error", (error) => {
      const code = codeOf(error);
      if (code && STATUS[code]) request.log.warn({ code, message: error.message }, "export stopped half way");
      else request.log.error({ err: error }, "export stopped half way");
    });
    return reply.type(format.type).header("content-disposition", `inline; filename="${request.params.file}"`).send(body);
  });
}
