import { badInput } from "./errors.js";

export const NODE_TYPES = ["Person", "Organization", "Source", "Statement", "Denial", "Event"] as const;
export type NodeType = (typeof NODE_TYPES)[number];
export const ACTOR_TYPES = ["Person", "Organization"] as const satisfies readonly NodeType[];

const GLOBAL_ID = /^([A-Za-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** `Type:slug`. Example: `globalId("Person", "donald-trump")` → `"Person:donald-trump"`. */
export function globalId(type: NodeType, slug: string): string {
  return `${type}:${slug}`;
}

/** Splits a global id; a malformed one is the caller's mistake (BAD_USER_INPUT). */
export function parseGlobalId(id: string): { type: NodeType; slug: string } {
  const match = GLOBAL_ID.exec(id);
  const type = match?.[1] as NodeType | undefined;
  if (!match || !type || !NODE_TYPES.includes(type)) {
    throw badInput(
      `"${id}" is not a Claimline id: expected Type:slug with Type one of ${NODE_TYPES.join(", ")}, e.g. "Person:donald-trump"`,
      { argument: id },
    );
  }
  return { type, slug: match[2]! };
}

/**
 * Slugs of global ids that must be of the given types (a statement id where an actor is wanted is BAD_USER_INPUT).
 * Example: `slugsOf(["Person:donald-trump"], ACTOR_TYPES)` → `["donald-trump"]`.
 */
export function slugsOf(ids: readonly string[], types: readonly NodeType[]): string[] {
  return ids.map((id) => {
    const parsed = parseGlobalId(id);
    if (!types.includes(parsed.type))
      throw badInput(`"${id}" is a ${parsed.type} id; expected a ${types.join(" or ")} id`, { argument: id });
    return parsed.slug;
  });
}

/** The slug of one global id of the given types. */
export function slugOf(id: string, types: readonly NodeType[]): string {
  return slugsOf([id], types)[0]!;
}
