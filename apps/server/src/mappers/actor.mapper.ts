import { Organization, Person, Role } from "@claimline/schema";
import type { ActorRecord } from "@claimline/store";
import { audit, build } from "./fields.js";
import { partialDateFrom } from "./partial-date.mapper.js";

/** A stored actor as its GraphQL type: a Person or an Organization. */
export function actorFrom(record: ActorRecord): Person | Organization {
  const { id: slug, name, aliases, description, kind } = record;
  const common = { slug, ...audit(record), name, aliases, description, kind };
  if (record.type === "Organization") return build<Organization, never>(Organization, common);
  const roles = record.roles.map((r) =>
    build<Role, never>(Role, { title: r.title, organization: r.organization, from: partialDateFrom(r.from), to: partialDateFrom(r.to) }),
  );
  return build<Person, never>(Person, { ...common, roles, country: record.country });
}
