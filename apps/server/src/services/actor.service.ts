import { ActorConnection, Organization, Person, Role, type ActorFilter, type ActorKind, type PartialDate } from "@claimline/schema";
import { countActors, findActors, type ActorQuery, type ActorRow } from "@claimline/store";
import type { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { globalId } from "../ids.js";
import { pageRequest, toConnection } from "./pagination.js";
import { partialDateFrom } from "./partial-date.mapper.js";

interface StoredRole {
  title: string;
  organization: string | null;
  from: Partial<PartialDate> | null;
  to: Partial<PartialDate> | null;
}

/** A stored actor as its GraphQL type: a Person or an Organization. */
export function actorFromRow(row: ActorRow): Person | Organization {
  const common = {
    id: globalId(row.type, row.id),
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    description: row.description,
    kind: row.kind as ActorKind,
  };
  if (row.type === "Organization") return Object.assign(new Organization(), common);
  const roles = (JSON.parse(row.roles) as StoredRole[]).map((r) =>
    Object.assign(new Role(), {
      title: r.title,
      organization: r.organization,
      from: partialDateFrom(r.from),
      to: partialDateFrom(r.to),
    }),
  );
  return Object.assign(new Person(), common, { roles, country: row.country });
}

/** The actor with this slug, if it is of the expected type. */
export async function loadActor(ctx: Context, slug: string, type?: ActorRow["type"]): Promise<Person | Organization | null> {
  const row = await ctx.loaders.actor.load(slug);
  return row && (!type || row.type === type) ? actorFromRow(row) : null;
}

/** A page of actors matching the filter, by name. */
export async function listActors(ctx: Context, filter: ActorFilter | null | undefined, args: ConnectionArgs): Promise<ActorConnection> {
  const query: ActorQuery = { kinds: filter?.kinds ?? null, text: filter?.text ?? null };
  const request = pageRequest(args, "asc");
  const page = await findActors(ctx.store.db, query, request);
  return toConnection(
    ActorConnection,
    page,
    request,
    actorFromRow,
    (r) => [r.name, r.id],
    () => countActors(ctx.store.db, query),
  );
}
