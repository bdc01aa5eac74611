import type { ActorKindValue, ActorType } from "../domain/enums.js";
import type { RoleData } from "../import/document.schema.js";
import type { ActorRow } from "../tables/actor.table.js";

/** A stored actor, decoded: what the store hands out. */
export interface ActorRecord {
  id: string;
  type: ActorType;
  kind: ActorKindValue;
  name: string;
  aliases: string[];
  description: string | null;
  country: string | null;
  roles: RoleData[];
  /** When it was stored, when it last changed, and the name of the token (or "import", "seed") that stored it. */
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

export function decodeActor(row: ActorRow): ActorRecord {
  return {
    id: row.id,
    type: row.type,
    kind: row.kind,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    description: row.description,
    country: row.country,
    roles: JSON.parse(row.roles) as RoleData[],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
  };
}
