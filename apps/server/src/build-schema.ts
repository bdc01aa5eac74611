import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth.js";
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
  ProposalResolver,
  RevisionsResolver,
  ActorMutations,
  SourceMutations,
  StatementMutations,
  DenialEventMutations,
] as const;

/** The executable GraphQL schema, built from the schema package's types and these resolvers. */
export function buildClaimlineSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false, authChecker });
}

/** The SDL as committed in `schema.graphql`: sorted, so that diffs show only real changes. */
export function printClaimlineSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
