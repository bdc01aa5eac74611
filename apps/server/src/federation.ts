// Claimline as an Apollo Federation 2 subgraph (FEDERATION=1): the same schema, with every Node type an entity
// keyed by its global id, plus `_service { sdl }` and `_entities(representations)` for a router or gateway.
import { buildSubgraphSchema } from "@apollo/subgraph";
import { Kind, parse, printSchema, visit, type ConstDirectiveNode, type DocumentNode, type GraphQLSchema } from "graphql";
import { createResolversMap } from "type-graphql";
import type { Context } from "./context.js";
import { NODE_TYPES } from "./ids.js";
import { loadNode } from "./services/records.service.js";

/** Federation 2 with the directives used here. */
const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`;

const KEY: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: "key" },
  arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "fields" }, value: { kind: Kind.STRING, value: "id" } }],
};

/** The schema's SDL with `@key(fields: "id")` on every Node type and the federation link. */
export function subgraphDocument(schema: GraphQLSchema): DocumentNode {
  const entities = new Set<string>(NODE_TYPES);
  const document = visit(parse(printSchema(schema)), {
    ObjectTypeDefinition: (node) =>
      entities.has(node.name.value) ? { ...node, directives: [...(node.directives ?? []), KEY] } : undefined,
  });
  return { ...document, definitions: [...parse(LINK).definitions, ...document.definitions] };
}

/**
 * The subgraph schema: type-graphql's resolvers on the keyed SDL, and a reference resolver per entity that loads it
 * by global id through the request's loaders (so `_entities` for 50 people is one query). An unknown id is null.
 */
export function buildSubgraph(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const type of NODE_TYPES) {
    resolvers[type] = {
      ...resolvers[type],
      __resolveReference: (reference: { id: string }, ctx: Context) => loadNode(ctx, reference.id),
    };
  }
  return buildSubgraphSchema({ typeDefs: subgraphDocument(schema), resolvers: resolvers as never });
}
