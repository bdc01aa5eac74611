// Operations run compiled (graphql-jit, compiled-execution.ts): what a client reads must be what graphql-js answered —
// errors with their code, the field's path and its place in the document; refused variables as HTTP 400.
import { ApolloServer } from "@apollo/server";
import { DIALECTS } from "@claimline/store/testing";
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compiledExecution } from "../src/compiled-execution.js";
import { createErrorFormatter } from "../src/format-error.js";
import { createHarness, type Harness } from "./harness.js";

describe("compiled execution of a failing resolver", () => {
  // A resolver failing with a plain Error (a bug of ours), and a non-null field left null.
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        fine: { type: GraphQLString, resolve: () => "fine" },
        broken: {
          type: GraphQLString,
          resolve: () => {
            throw new Error("secret detail");
          },
        },
        missing: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
      },
    }),
  });
  const apollo = new ApolloServer({ gateway: compiledExecution(schema), formatError: createErrorFormatter({ hideSuggestions: true }) });
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());

  it("is masked as INTERNAL at the field that failed, with its line and column", async () => {
    const response = await apollo.executeOperation({ query: "{\n  fine\n  broken\n}" });
    expect(response.body.kind === "single" && response.body.singleResult).toEqual({
      data: { fine: "fine", broken: null },
      errors: [
        { message: "Internal server error", locations: [{ line: 3, column: 3 }], path: ["broken"], extensions: { code: "INTERNAL" } },
      ],
    });
  });

  it("nulls the whole answer when a non-null field is null, as graphql-js does", async () => {
    const response = await apollo.executeOperation({ query: "{ fine missing }" });
    expect(response.body.kind === "single" && response.body.singleResult).toEqual({
      data: null,
      errors: [
        { message: "Internal server error", locations: [{ line: 1, column: 8 }], path: ["missing"], extensions: { code: "INTERNAL" } },
      ],
    });
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: compiled execution`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
    });
    afterAll(() => h.close());

    it("answers a resolver's error with its code, the field's path and its line and column", async () => {
      const query = `query Two {\n  a: actor(id: "Person:joe-biden") { id }\n  b: statement(id: "Statement:no-such") { id }\n}`;
      const { status, body } = await h.post(query);
      expect(status).toBe(200);
      expect(body.data).toEqual({ a: { id: "Person:joe-biden" }, b: null });
      expect(body.errors).toEqual([
        {
          message: expect.stringContaining("Statement:no-such"),
          locations: [{ line: 3, column: 3 }],
          path: ["b"],
          extensions: { code: "NOT_FOUND" },
        },
      ]);
    });

    it("answers the same operation the same way twice (compiled once, run again)", async () => {
      const query = `query($n: Int) { statements(first: $n) { nodes { id speaker { id } } } }`;
      const first = await h.post(query, { n: 2 });
      const second = await h.post(query, { n: 3 });
      expect(first.body.data.statements.nodes).toHaveLength(2);
      expect(second.body.data.statements.nodes.slice(0, 2)).toEqual(first.body.data.statements.nodes);
    });

    it("refuses a variable of the wrong type with BAD_USER_INPUT and HTTP 400, naming the variable", async () => {
      const { status, body } = await h.post(`query($n: Int) { statements(first: $n) { totalCount } }`, { n: "ten" });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        expect.objectContaining({ message: expect.stringContaining('Variable "$n"'), extensions: { code: "BAD_USER_INPUT" } }),
      ]);
    });
  });
}
