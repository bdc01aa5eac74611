import { WriteError, type WriteErrorCode } from "@claimline/store";
import type { NodeTypeName } from "@claimline/schema";
import { renewLoaders, type Context } from "../context.js";
import { ClaimlineError, type ErrorCode } from "../errors.js";
import { ACTOR_TYPES, parseGlobalId, slugOf, slugsOf } from "../ids.js";
import type { Change } from "../live/changes.js";

const CODES: Record<WriteErrorCode, ErrorCode> = {
  SPAN_MISMATCH: "SPAN_MISMATCH",
  CONFLICT: "CONFLICT",
  NOT_FOUND: "NOT_FOUND",
  INVALID_RECORD: "BAD_USER_INPUT",
  INVALID_REFERENCE: "BAD_USER_INPUT",
  DUPLICATE_ID: "BAD_USER_INPUT",
};

/**
 * Runs a store write for the request's viewer, turning a refusal into a GraphQL error with its code and the exact
 * `argument` at fault (`input.evidence[0]`, `document.statements[3].speechAct`), and every problem in `issues`.
 * Once `work` has committed, `announce` names what it changed for subscribers (never for a write that failed).
 * Afterwards the request's loaders start afresh, so a later field never reads what the write replaced.
 */
export async function write<T>(
  ctx: Context,
  where: "input" | "document",
  work: (author: string) => Promise<T>,
  announce: (result: T) => Change[],
): Promise<T> {
  try {
    const result = await work(ctx.viewer.name ?? "anonymous");
    await ctx.changes.publish(announce(result));
    return result;
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const field = (path: string) =>
      where === "input" ? path.replace(/^(actors|events|statements|denials)\[0\]/, "input") : `document.${path}`;
    const issues = error.issues.map((i) => ({ argument: field(i.path), message: i.message }));
    throw new ClaimlineError(CODES[error.code], `${field(error.path)}: ${error.message.slice(error.path.length + 2)}`, {
      argument: field(error.path),
      issues,
    });
  } finally {
    renewLoaders(ctx);
  }
}

/** A create's announcement: `added(...)` when it stored something new, nothing for a retry. */
export const added =
  (topic: "statementAdded" | "denialAdded", type: NodeTypeName, also: Change[] = []) =>
  ({ id, created }: { id: string; created: boolean }): Change[] =>
    created ? [{ topic, id: `${type}:${id}` }, ...also] : [];

/** An update's announcement: `recordChanged` when it changed anything. */
export const changed =
  (type: NodeTypeName, slug: string) =>
  (result: { changed: boolean }): Change[] =>
    result.changed ? [{ topic: "recordChanged", id: `${type}:${slug}` }] : [];

/** Creates of records nobody subscribes to (actors, events, sources) announce nothing. */
export const unannounced = (): Change[] => [];

/** Which types each reference field of an input may name. */
const REFERENCES: Record<string, readonly NodeTypeName[]> = {
  speakerId: ACTOR_TYPES,
  denierId: ACTOR_TYPES,
  aboutIds: ACTOR_TYPES,
  occasionId: ["Event"],
  partOfId: ["Event"],
};

/**
 * A mutation input as the store takes it: plain data, global ids turned into slugs (each checked to be of the right
 * type), a denial's target split into type and id, and only the fields the client sent.
 * Example: `storeInput(input, "Statement")` → `{ id: "…", speakerId: "donald-trump", evidence: [{ sourceId: "…", … }] }`.
 */
export function storeInput(input: object, own: NodeTypeName): Record<string, unknown> {
  const { clientMutationId: _clientMutationId, ...fields } = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const argument = `input.${key}`;
    if (key === "id" && typeof value === "string") out.id = slugOf(value, [own], argument);
    else if (key === "targetId" && typeof value === "string") {
      const target = parseGlobalId(value, argument);
      out.targetType = target.type;
      out.targetId = slugOf(value, ["Statement", "Event"], argument);
    } else if (key in REFERENCES && typeof value === "string") out[key] = slugOf(value, REFERENCES[key] ?? [], argument);
    else if (key in REFERENCES && Array.isArray(value)) out[key] = slugsOf(value as string[], REFERENCES[key] ?? [], argument);
    else if (key === "evidence" && Array.isArray(value)) {
      out.evidence = (value as { sourceId: string }[]).map((span, i) => ({
        ...span,
        sourceId: slugOf(span.sourceId, ["Source"], `input.evidence[${i}].sourceId`),
      }));
    } else if (key === "participants" && Array.isArray(value)) {
      out.participants = (value as { actorId: string }[]).map((p, i) => ({
        ...p,
        actorId: slugOf(p.actorId, ACTOR_TYPES, `input.participants[${i}].actorId`),
      }));
    } else out[key] = value;
  }
  return out;
}

/** A mutation's payload: the client's id echoed, and the rest. */
export function payload<P extends object>(
  Payload: new () => P,
  input: { clientMutationId?: string | null },
  fields: Omit<P, "clientMutationId">,
): P {
  return Object.assign(new Payload(), { clientMutationId: input.clientMutationId ?? null, ...fields });
}

/** The record a write just stored: it is there, or the database broke a promise. */
export async function stored<T>(load: Promise<T | null>): Promise<T> {
  const record = await load;
  if (record == null) throw new Error("a record just written cannot be read back");
  return record;
}

/** An import's announcement: every statement and denial of a document stored for the first time. */
export const importedChanges =
  (document: Record<string, unknown>) =>
  ({ stored }: { stored: boolean }): Change[] => {
    if (!stored) return [];
    const ids = (list: unknown) => (Array.isArray(list) ? list.map((record) => String((record as { id: unknown }).id)) : []);
    return [
      ...ids(document.statements).map((id): Change => ({ topic: "statementAdded", id: `Statement:${id}` })),
      ...ids(document.denials).map((id): Change => ({ topic: "denialAdded", id: `Denial:${id}` })),
    ];
  };
