// fast-check arbitraries for the fuzz suite: operations generated from the committed schema (valid by construction,
// with argument values that may still be out of range), and mutations of them, of variables and of request bodies.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";

const SDL = fileURLToPath(new URL("../../apps/server/schema.graphql", import.meta.url));
export const SCHEMA: GraphQLSchema = buildSchema(readFileSync(SDL, "utf8"));

type Gen = fc.GeneratorValue;

const IDS = [
  "Person:donald-trump",
  "Organization:kremlin",
  "Event:putin-trump-summit",
  "Statement:trump-admits-direct-conversations",
  "Person:nobody",
  "Planet:mars",
  "nonsense",
  "",
];
const TEXTS = [
  "trump",
  "summit",
  "private conversations",
  "",
  " ",
  '"',
  "\\",
  "*",
  "a OR b",
  "NEAR(",
  "trump:*",
  "'; drop table statements; --",
  "é ü 中文",
  "\u0000",
];
const DATES = ["2022-02-24", "2014", "2024-13-40", "not a date", ""];

/** A GraphQL literal for a value of `type`, sometimes out of range or of the wrong shape on purpose. */
function literal(g: Gen, type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return literal(g, type.ofType, depth);
  if (isListType(type)) {
    const length = g(() => fc.integer({ min: 0, max: 3 }));
    return `[${Array.from({ length }, () => literal(g, type.ofType, depth + 1)).join(", ")}]`;
  }
  if (isEnumType(type)) return g(() => fc.constantFrom(...type.getValues().map((v) => v.name)));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || g(() => fc.boolean()));
    return `{ ${fields.map((f) => `${f.name}: ${literal(g, f.type, depth + 1)}`).join(", ")} }`;
  }
  switch (type.name) {
    case "Int":
      return String(g(() => fc.oneof(fc.integer({ min: -3, max: 130 }), fc.constantFrom(0, 1, 20, 100, 101, 2_147_483_647))));
    case "Boolean":
      return String(g(() => fc.boolean()));
    case "ID":
      return JSON.stringify(g(() => fc.oneof(fc.constantFrom(...IDS), fc.string({ maxLength: 12 }))));
    case "LocalDate":
      return JSON.stringify(g(() => fc.constantFrom(...DATES)));
    default:
      return JSON.stringify(g(() => fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 24 }))));
  }
}

/** A selection set on `type`, `depth` levels deep at most, never empty. */
function selection(g: Gen, type: GraphQLCompositeType, depth: number): string {
  if (isUnionType(type)) {
    const members = type.getTypes().filter(() => depth > 0 && g(() => fc.boolean()));
    return `{ __typename ${members.map((m) => `... on ${m.name} ${selection(g, m, depth - 1)}`).join(" ")} }`;
  }
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const chosen = new Set([leaves.length > 0 ? g(() => fc.constantFrom(...leaves)) : undefined]);
  for (let i = g(() => fc.integer({ min: 0, max: 3 })); i > 0; i--) chosen.add(g(() => fc.constantFrom(...fields)));
  const parts: string[] = [];
  for (const field of chosen) {
    if (!field) continue;
    const named = getNamedType(field.type);
    const args = field.args.filter((a) => isNonNullType(a.type) || g(() => fc.boolean()));
    const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(g, a.type)}`).join(", ")})` : "";
    if (isLeafType(named)) parts.push(`${field.name}${argText}`);
    else if (depth > 0) parts.push(`${field.name}${argText} ${selection(g, named as GraphQLCompositeType, depth - 1)}`);
  }
  if (isInterfaceType(type) && depth > 0 && g(() => fc.boolean())) {
    const implementation = g(() => fc.constantFrom(...SCHEMA.getPossibleTypes(type)));
    parts.push(`... on ${implementation.name} ${selection(g, implementation, depth - 1)}`);
  }
  return `{ ${parts.length ? parts.join(" ") : "__typename"} }`;
}

/** A query on the schema's root type, valid by construction; its arguments may still be refused. */
export const validOperation: fc.Arbitrary<string> = fc.gen().map((g) => {
  const root = SCHEMA.getQueryType();
  if (!root || !isObjectType(root)) throw new Error("the schema has no Query type");
  return `query Fuzz ${selection(
    g,
    root,
    g(() => fc.integer({ min: 1, max: 4 })),
  )}`;
});

const NOISE = [
  "{",
  "}",
  "(",
  ")",
  ":",
  "$",
  "@",
  "...",
  '"',
  '"""',
  "\\",
  "#",
  ",",
  "!",
  "=",
  "[",
  "]",
  "\u0000",
  "\uffff",
  "🙂",
  "__schema",
  "fragment",
];

/** A valid operation with characters deleted, inserted, or a stretch repeated. */
export const mutatedOperation: fc.Arbitrary<string> = fc.tuple(validOperation, fc.gen()).map(([query, g]) => {
  let text = query;
  for (let i = g(() => fc.integer({ min: 1, max: 4 })); i > 0; i--) {
    const at = g(() => fc.integer({ min: 0, max: text.length }));
    const kind = g(() => fc.constantFrom("delete", "insert", "repeat"));
    if (kind === "delete") text = text.slice(0, at) + text.slice(at + g(() => fc.integer({ min: 1, max: 10 })));
    else if (kind === "insert")
      text = text.slice(0, at) + g(() => fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 4 }))) + text.slice(at);
    else text = text.slice(0, at) + text.slice(at, at + 20).repeat(g(() => fc.integer({ min: 2, max: 5 }))) + text.slice(at);
  }
  return text;
});

/** Operations taking variables, each paired with arbitrary JSON for them. */
const WITH_VARIABLES = [
  `query($first: Int, $after: String, $filter: StatementFilter, $order: StatementOrder) { statements(first: $first, after: $after, filter: $filter, orderBy: $order) { totalCount nodes { id content } pageInfo { endCursor } } }`,
  `query($id: ID!) { node(id: $id) { id ... on Actor { name } } }`,
  `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
  `query($text: String!, $first: Int!) { search(text: $text, first: $first) { snippet } }`,
  `query($filter: EventFilter) { events(filter: $filter) { nodes { title start { value } } } }`,
  `query($filter: DenialFilter, $last: Int, $before: String) { denials(filter: $filter, last: $last, before: $before) { nodes { content } } }`,
];

export const variablesRequest: fc.Arbitrary<{ query: string; variables: unknown }> = fc.record({
  query: fc.constantFrom(...WITH_VARIABLES),
  variables: fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record(
      {
        first: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.string(), fc.constant(null)),
        after: fc.oneof(fc.string(), fc.base64String({ maxLength: 40 }), fc.constant("")),
        id: fc.oneof(fc.constantFrom(...IDS), fc.string()),
        ids: fc.array(fc.oneof(fc.constantFrom(...IDS), fc.string()), { maxLength: 120 }),
        text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 40 })),
        filter: fc.jsonValue({ maxDepth: 2 }),
        order: fc.oneof(fc.constantFrom("NEWEST_FIRST", "OLDEST_FIRST", "RELEVANCE", "SIDEWAYS"), fc.integer()),
      },
      { requiredKeys: [] },
    ),
  ),
});

/** Raw bodies: arbitrary JSON, arbitrary text, and near-misses of a request, under assorted content types. */
export const rawBody: fc.Arbitrary<{ body: string; contentType: string | undefined }> = fc.record({
  body: fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fc
      .record({
        query: fc.jsonValue({ maxDepth: 1 }),
        variables: fc.jsonValue({ maxDepth: 2 }),
        operationName: fc.jsonValue({ maxDepth: 0 }),
      })
      .map((v) => JSON.stringify(v)),
    fc.array(fc.record({ query: fc.constant("{ __typename }") }), { maxLength: 3 }).map((v) => JSON.stringify(v)),
    fc.tuple(fc.constant('{"query": "{ __typename }"'), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
  ),
  contentType: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/graphql",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    undefined,
  ),
});
