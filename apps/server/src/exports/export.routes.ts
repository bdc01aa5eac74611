// GET /export/statements.csv, /export/statements.jsonl and /export/claims.jsonld: every statement a filter
// matches, streamed. `filter` is a StatementFilter as JSON and `orderBy` a StatementOrder, as in the API.
import { Readable } from "node:stream";
import type { Store } from "@claimline/store";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { GraphQLError, GraphQLSchema } from "graphql";
import { graphQLErrorBody } from "../request-errors.js";
import type { ErrorCode } from "../errors.js";
import { JSONLD_CLOSE, JSONLD_OPEN, jsonLdNodes } from "./claim-review.js";
import { exportedStatements, type ExportedStatement, type ExportRequest } from "./export-pages.js";
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

function refuse(reply: FastifyReply, error: unknown) {
  const graphQLError = error as Partial<GraphQLError> & { code?: string };
  const code = (graphQLError.extensions?.code ?? graphQLError.code) as ErrorCode | undefined;
  if (code !== "BAD_USER_INPUT") throw error;
  return reply
    .code(400)
    .type("application/json; charset=utf-8")
    .send(graphQLErrorBody(graphQLError.message ?? "bad input", code));
}

/** Registers the three export routes. Example: `curl 'localhost:4000/export/statements.csv?filter={"disputed":true}'`. */
export function registerExportRoutes(app: FastifyInstance, schema: GraphQLSchema, store: Store): void {
  app.get<{ Params: { file: string } }>("/export/:file", async (request, reply) => {
    const format = FORMATS[request.params.file];
    if (!format)
      return reply.code(404).send({ message: `No export ${request.params.file}: statements.csv, statements.jsonl or claims.jsonld` });
    let statements: AsyncIterable<ExportedStatement>;
    try {
      statements = await exportedStatements(schema, store, exportRequest(request));
    } catch (error) {
      return refuse(reply, error);
    }
    const body = Readable.from(stream(format, statements));
    body.on("error", (error) => request.log.error({ err: error }, "export stopped half way"));
    return reply.type(format.type).header("content-disposition", `inline; filename="${request.params.file}"`).send(body);
  });
}
