import { getOperationAST, parse, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildClaimlineSchema } from "../src/build-schema.js";
import { operationCost } from "../src/cost.js";
import { fanOut, fragmentFanOut } from "./fixtures/attacks.js";

/** The README's worked example, verbatim. */
const WORKED_EXAMPLE = `{
  actors(first: 10) {
    nodes {
      name
      statements(first: 20) {
        totalCount
        nodes {
          content
          speaker { name }
          denials { denier { name } }
        }
      }
    }
  }
}`;

describe("the cost of an operation (GitHub-style connection arithmetic)", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildClaimlineSchema();
  });
  const cost = (query: string, variables?: Record<string, unknown>) => {
    const document = parse(query);
    return operationCost(schema, document, getOperationAST(document)!, variables);
  };

  it("is the README's worked example: 10 actors + 10 × 20 statements + 200 × 10 denials = 2,210", () => {
    expect(cost(WORKED_EXAMPLE)).toBe(2_210);
  });

  it("counts a connection's page, 20 when no size is given, and multiplies what it contains", () => {
    expect(cost(`{ statements { nodes { id } } }`)).toBe(20);
    expect(cost(`{ statements(first: 5) { edges { node { id } } pageInfo { hasNextPage } totalCount } }`)).toBe(5);
    expect(cost(`{ statements(last: 7) { nodes { id } } }`)).toBe(7);
    expect(cost(`{ actors(first: 3) { nodes { statements(first: 4) { nodes { id } } } } }`)).toBe(3 + 3 * 4);
    expect(cost(`{ search(text: "summit", first: 50) { snippet } }`)).toBe(50);
    expect(cost(`{ search(text: "summit") { snippet } }`)).toBe(20);
  });

  it("makes single records, scalars, __typename and introspection free", () => {
    expect(cost(`{ actor(id: "Person:donald-trump") { name aliases } }`)).toBe(0);
    expect(cost(`{ __typename }`)).toBe(0);
    expect(cost(`{ __schema { types { name fields { name type { name ofType { name } } } } } }`)).toBe(0);
  });

  it("counts the ids of nodes(ids), and 10 for another list of records", () => {
    expect(cost(`{ nodes(ids: ["Person:a", "Person:b", "Person:c"]) { id } }`)).toBe(3);
    expect(cost(`{ statement(id: "Statement:x") { evidence { exact } about { name } } }`)).toBe(20);
  });

  it("reads sizes from variables and their defaults, and counts an out-of-range size at the nearest valid one", () => {
    const query = `query($n: Int = 30) { statements(first: $n) { nodes { id } } }`;
    expect(cost(query)).toBe(30);
    expect(cost(query, { n: 60 })).toBe(60);
    expect(cost(`{ statements(first: 1000) { nodes { id } } }`)).toBe(100);
    expect(cost(`{ statements(first: -5) { nodes { id } } }`)).toBe(1);
  });

  it("honours @skip and @include", () => {
    expect(cost(`query($no: Boolean = false) { statements(first: 9) @include(if: $no) { nodes { id } } }`)).toBe(0);
    expect(cost(`{ statements(first: 9) @skip(if: false) { nodes { id } } }`)).toBe(9);
  });

  it("costs fragments as if written inline, and is 0 when the variables do not fit (execution refuses those)", () => {
    const inline = `{ actors(first: 2) { nodes { ... on Person { statements(first: 3) { nodes { id } } } } } }`;
    const named = `{ actors(first: 2) { nodes { ...P } } } fragment P on Person { statements(first: 3) { nodes { id } } }`;
    expect(cost(named)).toBe(cost(inline));
    expect(cost(named)).toBe(2 + 2 * 3);
    expect(cost(`query($n: Int!) { statements(first: $n) { nodes { id } } }`, { n: "ten" })).toBe(0);
  });

  it("puts the issue's fan-out at 100 + 100² + … + 100⁵, and prices the 2^100 fragment fan-out without expanding it", () => {
    expect(cost(fanOut(5))).toBe(100 + 100 ** 2 + 100 ** 3 + 100 ** 4 + 100 ** 5);
    // Each fragment is costed once: 101 fragments, not 2^100 walks (which would never return).
    expect(cost(fragmentFanOut(100))).toBeGreaterThan(2 ** 100);
  });
});
