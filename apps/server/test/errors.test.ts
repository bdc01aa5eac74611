import { GraphQLError } from "graphql";
import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createErrorFormatter } from "../src/format-error.js";
import { createHarness, type Harness } from "./harness.js";

describe("the error formatter", () => {
  it("masks an unexpected error as INTERNAL without its message", () => {
    const format = createErrorFormatter({ hideSuggestions: true });
    const secret = new Error("connection string postgres://admin:hunter2@db");
    const formatted = format({ message: secret.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, secret);
    expect(formatted).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL" } });
    expect(JSON.stringify(formatted)).not.toMatch(/hunter2|stacktrace/);
  });

  it("says UNAVAILABLE, not INTERNAL, when the database cannot be reached", () => {
    const format = createErrorFormatter({ hideSuggestions: true });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const formatted = format({ message: refused.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, refused);
    expect(formatted.extensions).toEqual({ code: "UNAVAILABLE" });
    expect(formatted.message).not.toMatch(/5432/);
  });

  it("drops graphql-js's suggestions from a client error when asked to", () => {
    const error = new GraphQLError('Cannot query field "actorz" on type "Query". Did you mean "actor" or "actors"?', {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const formatted = { message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(createErrorFormatter({ hideSuggestions: true })(formatted, error).message).toBe('Cannot query field "actorz" on type "Query".');
    expect(createErrorFormatter({ hideSuggestions: false })(formatted, error).message).toMatch(/Did you mean/);
  });

  it("keeps an error the client caused, with its code", () => {
    const format = createErrorFormatter({ hideSuggestions: true });
    const error = new GraphQLError("No actor", { extensions: { code: "NOT_FOUND" } });
    expect(format({ message: "No actor", extensions: { code: "NOT_FOUND" } }, error)).toMatchObject({
      message: "No actor",
      extensions: { code: "NOT_FOUND" },
    });
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: errors name their code`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
    });
    afterAll(() => h.close());

    const code = async (query: string, variables?: Record<string, unknown>) =>
      (await h.run(query, variables)).errors?.[0]?.extensions?.code;

    it("GRAPHQL_PARSE_FAILED for a query that is not GraphQL, GRAPHQL_VALIDATION_FAILED for an unknown field", async () => {
      expect(await code(`{ statements(`)).toBe("GRAPHQL_PARSE_FAILED");
      expect(await code(`{ statements { nope } }`)).toBe("GRAPHQL_VALIDATION_FAILED");
    });

    it("BAD_USER_INPUT for malformed ids, wrong-type ids and too many ids; NOT_FOUND for unknown ones", async () => {
      expect(await code(`{ node(id: "nonsense") { id } }`)).toBe("BAD_USER_INPUT");
      expect(await code(`{ node(id: "Planet:mars") { id } }`)).toBe("BAD_USER_INPUT");
      expect(await code(`{ statement(id: "Person:donald-trump") { id } }`)).toBe("BAD_USER_INPUT");
      expect(
        await code(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => `Person:p${i}`) }),
      ).toBe("BAD_USER_INPUT");
      for (const q of [
        `{ statement(id: "Statement:no-such") { id } }`,
        `{ event(id: "Event:no-such") { id } }`,
        `{ denial(id: "Denial:no-such") { id } }`,
        `{ actor(id: "Organization:no-such") { id } }`,
      ]) {
        expect(await code(q), q).toBe("NOT_FOUND");
      }
    });

    it("BAD_USER_INPUT for a variable of the wrong type", async () => {
      expect(await code(`query($n: Int) { statements(first: $n) { totalCount } }`, { n: "ten" })).toBe("BAD_USER_INPUT");
    });

    it("answers nodes(ids) in order, with null for unknown ids", async () => {
      const { data } = await h.run(`{ nodes(ids: ["Event:putin-trump-summit", "Person:nobody", "Person:joe-biden"]) { id } }`);
      expect(data.nodes).toEqual([{ id: "Event:putin-trump-summit" }, null, { id: "Person:joe-biden" }]);
    });
  });
}
