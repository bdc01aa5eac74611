import type { NodeTypeName } from "@claimline/schema";
import { badInput } from "./errors.js";

export const NODE_TYPES = ["Person", "Organization", "Source", "Statement", "Denial", "Event"] as const satisfies readonly NodeTypeName[];
export const ACTOR_TYPES = ["Person", "Organization"] as const satisfies readonly NodeTypeName[];

const GLOBAL_ID = /^([A-Za-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Splits a global id a client sent; a malformed one is the caller's mistake (BAD_USER_INPUT). */
export function parseGlobalId(id: string, argument = "id"): { type: NodeTypeName; slug: string } {
  const match = GLOBAL_ID.exec(id);
  const type = NODE_TYPES.find((t) => t === match?.[1]);
  const slug = match?.[2];
  if (!type || !slug) {
    throw badInput(
      `"${id}" is not a Claimline id: expected Type:slug with Type one of ${NODE_TYPES.join(", ")}, e.g. "Person:donald-trump"`,
      {
        argument,
      },
    );
  }
  return { type, slug };
}

/**
 * Slugs of global ids that must be of the given types (a statement id where an actor is wanted is BAD_USER_INPUT).
 * Example: `slugsOf(["Person:donald-trump"], ACTOR_TYPES, "speakerIds")` → `["donald-trump"]`.
 */
export function slugsOf(ids: readonly string[], types: readonly NodeTypeName[], argument: string): string[] {
  return ids.map((id) => {
    const parsed = parseGlobalId(id, argument);
    if (!types.includes(parsed.type)) throw badInput(`"${id}" is a ${parsed.type} id; expected a ${types.join(" or ")} id`, { argument });
    return parsed.slug;
  });
}

/** The slug of one global id of the given types. */
export function slugOf(id: string, types: readonly NodeTypeName[], argument: string): string {
  return slugsOf([id], types, argument)[0] ?? "";
}
