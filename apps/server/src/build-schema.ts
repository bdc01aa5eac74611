import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { authChecker } from "./auth.js";
import { SubscriptionResolver } from "./live/subscription.resolver.js";
import { ActorMutations } from "./resolvers/actor.mutations.js";
import { ActorRelationsResolver } from "./resolvers/actor-relations.resolver.js";
import { ActorQueryResolver } from "./resolvers/actor.resolver.js";
import { DenialEventMutations } from "./resolvers/denial-event.mutations.js";
import { DenialResolver } from "./resolvers/denial.resolver.js";
import { EventResolver } from "./resolvers/event.resolver.js";
import { NodeResolver } from "./resolvers/node.resolver.js";
import { ParticipantResolver } from "./resolvers/participant.resolver.js";
import { ProposalResolver } from "./resolvers/proposal.resolver.js";
import { EvidenceResolver, SourceResolver } from "./resolvers/source.resolver.js";
import { RevisionsResolver } from "./resolvers/revisions.resolver.js";
import { SearchResolver } from "./resolvers/search.resolver.js";
import { SimilarResolver } from "./resolvers/similar.resolver.js";
import { SourceMutations } from "./resolvers/source.mutations.js";
import { StatementMutations } from "./resolvers/statement.mutations.js";
import { StatementResolver } from "./resolvers/statement.resolver.js";

export const RESOLVERS = [
  NodeResolver,
  ActorQueryResolver,
  ActorRelationsResolver,
  StatementResolver,
  DenialResolver,
  EventResolver,
  ParticipantResolver,
  SourceResolver,
  EvidenceResolver,
  SearchResolver,
  SimilarResolver,
  ProposalResolver,
  RevisionsResolver,
  ActorMutations,
  SourceMutations,
  StatementMutations,
  DenialEventMutations,
  SubscriptionResolver,
] as const;

/** type-graphql insists on a PubSub; every subscription here brings its own stream (live/subscription.resolver.ts). */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error("subscriptions publish through the context's change bus");
  },
  subscribe: () => {
    throw new Error("subscriptions subscribe through the context's change bus");
  },
};

/**
 * The executable GraphQL schema, built from the schema package's types and these resolvers; with `federation`, as an
 * Apollo Federation 2 subgraph (federation.ts).
 */
export async function buildClaimlineSchema({ federation = false }: { federation?: boolean } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...RESOLVERS], validate: false, authChecker, pubSub: NO_TOPICS });
  // @apollo/subgraph is loaded only for a subgraph: a tenth of a plain server's cold start.
  return federation ? (await import("./federation.js")).buildSubgraph(schema) : schema;
}

/** The SDL as committed in `schema.graphql`: sorted, so that diffs show only real changes. */
export function printClaimlineSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
