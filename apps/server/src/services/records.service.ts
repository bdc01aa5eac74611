import { Organization, Person, type Denial, type Event, type Node, type Source, type Statement } from "@claimline/schema";
import type { ActorRecord, ActorType } from "@claimline/store";
import type { Context } from "../context.js";
import { parseGlobalId } from "../ids.js";
import { actorFrom } from "../mappers/actor.mapper.js";
import { denialFrom } from "../mappers/denial.mapper.js";
import { eventFrom } from "../mappers/event.mapper.js";
import { sourceFrom } from "../mappers/source.mapper.js";
import { statementFrom } from "../mappers/statement.mapper.js";

// Single records by slug, through this request's loaders; null when there is none.

/**
 * Each loaded actor record's GraphQL object, built once: a page of one speaker's statements asks for the same
 * speaker twenty times, and the request's loader hands back the same record each time.
 */
const actors = new WeakMap<ActorRecord, Person | Organization>();

/** The actor with this slug, if it is of the expected type. */
export async function loadActor(ctx: Context, slug: string, type?: ActorType): Promise<Person | Organization | null> {
  const record = await ctx.records.actor.load(slug);
  if (!record || (type && record.type !== type)) return null;
  let actor = actors.get(record);
  if (!actor) actors.set(record, (actor = actorFrom(record)));
  return actor;
}

export async function loadPerson(ctx: Context, slug: string): Promise<Person | null> {
  const actor = await loadActor(ctx, slug, "Person");
  return actor instanceof Person ? actor : null;
}

export async function loadOrganization(ctx: Context, slug: string): Promise<Organization | null> {
  const actor = await loadActor(ctx, slug, "Organization");
  return actor instanceof Organization ? actor : null;
}

/** The actor a foreign key names: it exists (the database guarantees it). */
export async function requireActor(ctx: Context, slug: string): Promise<Person | Organization> {
  const actor = await loadActor(ctx, slug);
  if (!actor) throw new Error(`actor ${slug} is referenced but not stored`);
  return actor;
}

export async function loadStatement(ctx: Context, slug: string): Promise<Statement | null> {
  const record = await ctx.records.statement.load(slug);
  return record && statementFrom(record);
}

export async function loadDenial(ctx: Context, slug: string): Promise<Denial | null> {
  const record = await ctx.records.denial.load(slug);
  return record && denialFrom(record);
}

export async function loadEvent(ctx: Context, slug: string | null): Promise<Event | null> {
  const record = slug ? await ctx.records.event.load(slug) : null;
  return record && eventFrom(record);
}

export async function loadSource(ctx: Context, slug: string): Promise<Source | null> {
  const record = await ctx.records.source.load(slug);
  return record && sourceFrom(record);
}

/** Any record by global id; null when no such record exists. A malformed id is BAD_USER_INPUT. */
export function loadNode(ctx: Context, id: string): Promise<Node | null> {
  const { type, slug } = parseGlobalId(id);
  switch (type) {
    case "Person":
    case "Organization":
      return loadActor(ctx, slug, type);
    case "Statement":
      return loadStatement(ctx, slug);
    case "Denial":
      return loadDenial(ctx, slug);
    case "Event":
      return loadEvent(ctx, slug);
    case "Source":
      return loadSource(ctx, slug);
  }
}
