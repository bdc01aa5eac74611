// What a production API tells a careless or hostile client, over the whole HTTP stack: codes for everything, no
// schema hints, no stack traces, and for our own bugs a request id to quote that is also in the log.
import { DIALECTS } from "@claimline/store/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../src/index.js";
import { createHarness, type Harness } from "./harness.js";

const SUGGESTIONS = [
  `{ actorz }`,
  `{ statements(firts: 2) { totalCount } }`,
  `{ statements(filter: { speechActs: [CLAIMS] }) { totalCount } }`,
  `{ statements(filter: { speakerNam: "Trump" }) { totalCount } }`,
  `{ actor(id: "Person:donald-trump") { ... on Persn { name } } }`,
  `{ statements { nodes { speaker { nme } } } }`,
];

for (const dialect of DIALECTS) {
  describe(`${dialect}: error hygiene in production`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect, { rateLimit: false });
    });
    afterAll(() => h.close());
    const send = (payload: string, headers: Record<string, string>, method: "POST" | "GET" = "POST", url = "/graphql") =>
      h.server.app.inject({ method, url, headers, payload: method === "POST" ? payload : undefined });

    it('never suggests names from the schema ("Did you mean"), in documents or in variables', async () => {
      expect(SUGGESTIONS.length).toBeGreaterThan(0);
      for (const query of SUGGESTIONS) {
        const { status, body } = await h.post(query);
        expect(status, query).toBe(400);
        expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
        expect(JSON.stringify(body), query).not.toMatch(/Did you mean/);
      }
      const variable = await h.post(`query($acts: [SpeechAct!]) { statements(filter: { speechActs: $acts }) { totalCount } }`, {
        acts: ["CLAIMS"],
      });
      expect(variable.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(variable.body)).not.toMatch(/Did you mean/);
    });

    it("answers malformed JSON, an empty body and wrong content types as GraphQL errors with codes", async () => {
      const cases: [string, Record<string, string>, number, string][] = [
        ['{"query": "{ __typename }"', { "content-type": "application/json" }, 400, "BAD_REQUEST"],
        ["", { "content-type": "application/json" }, 400, "BAD_REQUEST"],
        ['{"__proto__": {"x": 1}, "query": "{ __typename }"}', { "content-type": "application/json" }, 400, "BAD_REQUEST"],
        ["<query/>", { "content-type": "application/xml" }, 415, "UNSUPPORTED_MEDIA_TYPE"],
        ["query=%7B__typename%7D", { "content-type": "application/x-www-form-urlencoded" }, 415, "UNSUPPORTED_MEDIA_TYPE"],
        ['{"query": "{ __typename }"}', {}, 415, "UNSUPPORTED_MEDIA_TYPE"],
      ];
      for (const [payload, headers, status, code] of cases) {
        const response = await send(payload, headers);
        expect(response.statusCode, payload).toBe(status);
        expect(response.headers["content-type"]).toMatch(/^application\/json/);
        const body = response.json();
        expect(body.errors[0].extensions.code, payload).toBe(code);
        expect(body.errors[0].message).not.toMatch(/FST_|statusCode/);
      }
    });

    it("refuses a body over 1 MB with 413 PAYLOAD_TOO_LARGE", async () => {
      const response = await send(JSON.stringify({ query: "{ __typename }", pad: "x".repeat(MAX_BODY_BYTES) }), {
        "content-type": "application/json",
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().errors[0]).toMatchObject({
        message: `The request body is larger than ${MAX_BODY_BYTES} bytes`,
        extensions: { code: "PAYLOAD_TOO_LARGE" },
      });
    });

    it("keeps CSRF prevention (text/plain and header-less GETs refused) and refuses batches", async () => {
      const plain = await send('{"query": "{ __typename }"}', { "content-type": "text/plain" });
      expect(plain.statusCode).toBe(400);
      expect(plain.json().errors[0].extensions.code).toBe("BAD_REQUEST");
      const url = `/graphql?query=${encodeURIComponent("{ __typename }")}`;
      expect((await send("", {}, "GET", url)).statusCode).toBe(400);
      const preflighted = await send("", { "apollo-require-preflight": "true" }, "GET", url);
      expect(preflighted.statusCode).toBe(200);
      expect(preflighted.json().data).toEqual({ __typename: "Query" });
      const batch = await send(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]), {
        "content-type": "application/json",
      });
      expect(batch.statusCode).toBe(400);
      expect(batch.json().errors[0].extensions.code).toBe("BAD_REQUEST");
    });

    it("answers introspection, which Sandbox and GraphiQL need", async () => {
      const { status, body } = await h.post(`{ __schema { queryType { name } } }`);
      expect(status).toBe(200);
      expect(body.data.__schema.queryType.name).toBe("Query");
    });

    it("says BAD_USER_INPUT (400) for a NUL character in any argument or variable, before any SQL runs", async () => {
      const nul = "a\u0000b";
      const cases: [string, Record<string, unknown>?][] = [
        [`{ search(text: "trump\\u0000") { snippet } }`],
        [`{ statements(filter: { text: "x\\u0000" }) { totalCount } }`],
        [`{ actors(filter: { text: """x\u0000""" }) { totalCount } }`],
        [`query($t: String!) { search(text: $t) { snippet } }`, { t: nul }],
        [`query($f: StatementFilter) { statements(filter: $f) { totalCount } }`, { f: { speakerName: nul } }],
        [`query($f: StatementFilter) { statements(filter: $f) { totalCount } }`, { f: { speakerIds: ["Person:donald-trump", nul] } }],
        [`query($f: EventFilter) { events(filter: $f) { totalCount } }`, { f: { text: nul } }],
        [`query($id: ID!) { node(id: $id) { id } }`, { id: `Person:${nul}` }],
        [`query($after: String) { statements(after: $after) { totalCount } }`, { after: nul }],
        [`{ people(text: "\\u0000") { totalCount } }`],
      ];
      for (const [query, variables] of cases) {
        const { status, body } = await h.post(query, variables);
        expect(status, query).toBe(400);
        expect(body.errors[0].extensions.code, query).toBe("BAD_USER_INPUT");
        expect(body.data).toBeUndefined();
      }
    });

    it("gives every response an x-request-id header", async () => {
      const first = await send('{"query": "{ __typename }"}', { "content-type": "application/json" });
      const second = await send("{", { "content-type": "application/json" });
      expect(first.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(second.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(first.headers["x-request-id"]).not.toBe(second.headers["x-request-id"]);
    });
  });

  describe(`${dialect}: a bug of ours (a table gone missing under the server)`, () => {
    let h: Harness;
    const log: any[] = [];
    beforeAll(async () => {
      h = await createHarness(dialect, {
        rateLimit: false,
        logger: { level: "error", stream: { write: (line: string) => void log.push(JSON.parse(line)) } },
      });
      await sql`drop table evidence`.execute(h.database.store.db);
    });
    afterAll(() => h.close());

    it("is masked as INTERNAL with a request id, and that id is on the log line with the real error", async () => {
      const { status, body } = await h.post(
        `{ statement(id: "Statement:trump-admits-direct-conversations") { content evidence { exact } } }`,
      );
      expect(status).toBe(200);
      const [error] = body.errors;
      expect(error).toMatchObject({ message: "Internal server error", path: ["statement", "evidence"], extensions: { code: "INTERNAL" } });
      expect(JSON.stringify(body)).not.toMatch(/evidence.*(does not exist|no such table)|stacktrace|\.ts:\d+|\.js:\d+/);
      const requestId = error.extensions.requestId;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const line = log.find((entry) => entry.reqId === requestId);
      expect(line).toMatchObject({ msg: "unexpected error in a GraphQL request" });
      expect(line.err.message).toMatch(/evidence/);
    });
  });
}

describe("introspection switched off", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness("sqlite", { introspection: false });
  });
  afterAll(() => h.close());

  it("refuses __schema and __type, and still answers __typename and ordinary queries", async () => {
    for (const query of [`{ __schema { types { name } } }`, `{ __type(name: "Statement") { name } }`]) {
      const { status, body } = await h.post(query);
      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
    expect((await h.post(`{ __typename actor(id: "Person:joe-biden") { name } }`)).body.data).toEqual({
      __typename: "Query",
      actor: { name: "Joe Biden" },
    });
  });
});
