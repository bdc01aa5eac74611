import type { ActorKind } from "@claimline/client";

/** A label for every actor kind; `satisfies` makes a new kind in the schema a type error here. */
export const ACTOR_KINDS = {
  PERSON: "Person",
  GOVERNMENT: "Government",
  MEDIA: "News organisation",
  COLLECTIVE: "Group",
  OTHER: "Organisation",
} as const satisfies Record<ActorKind, string>;
