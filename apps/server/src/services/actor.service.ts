import { ActorConnection, SourceConnection, type ActorFilter } from "@claimline/schema";
import type { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { actorFrom } from "../mappers/actor.mapper.js";
import { sourceFrom } from "../mappers/source.mapper.js";
import { connection } from "./connection.service.js";

/** A page of actors matching the filter, by name. */
export function listActors(
  ctx: Context,
  filter: Pick<ActorFilter, "kinds" | "text"> | null | undefined,
  args: ConnectionArgs,
): Promise<ActorConnection> {
  const query = { kinds: filter?.kinds ?? null, text: filter?.text ?? null };
  return connection(ctx.lists.actors, ActorConnection, actorFrom, { list: "actors", query, order: "asc", args });
}

/** A page of sources, by title. */
export function listSources(ctx: Context, args: ConnectionArgs): Promise<SourceConnection> {
  return connection(ctx.lists.sources, SourceConnection, sourceFrom, { list: "sources", query: {}, order: "asc", args });
}
