// Apollo Client's cache for Claimline: the schema's interfaces and unions, and connections that append pages.
import { InMemoryCache, type TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import generated from "./generated/possible-types.js";

/** Which concrete types each interface and union (Node, Actor, DenialTarget, SearchResult) can be; generated. */
export const possibleTypes = generated.possibleTypes;

/**
 * One cached list per distinct filter and order: a page fetched with `after` appends to the list it continues,
 * and a different filter is a different list. Nested connections on an actor or event page the same way.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      statements: relayStylePagination(["filter", "orderBy"]),
      denials: relayStylePagination(["filter"]),
      events: relayStylePagination(["filter"]),
      actors: relayStylePagination(["filter"]),
      people: relayStylePagination(["text"]),
      sources: relayStylePagination(),
    },
  },
  Person: { fields: actorConnections() },
  Organization: { fields: actorConnections() },
  Event: { fields: { statements: relayStylePagination(), denials: relayStylePagination() } },
};

function actorConnections() {
  return {
    statements: relayStylePagination(["filter", "orderBy"]),
    mentionedIn: relayStylePagination(["filter", "orderBy"]),
    denials: relayStylePagination(),
    events: relayStylePagination(),
  };
}

/** A fresh cache with Claimline's possible types and type policies. */
export function createClaimlineCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes, typePolicies });
}
