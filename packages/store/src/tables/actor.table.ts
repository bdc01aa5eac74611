import type { Insertable, Selectable } from "kysely";
import type { ActorKindValue, ActorType } from "../domain/enums.js";

export interface ActorTable {
  id: string;
  type: ActorType;
  kind: ActorKindValue;
  name: string;
  /** JSON array of strings; decoded by `decodeActor`. */
  aliases: string;
  /** Lower-cased name and aliases, joined by newlines: what name filters match. */
  searchName: string;
  description: string | null;
  country: string | null;
  /** JSON array of roles, each `{ title, organization, from, to }` with PartialDate JSON; decoded by `decodeActor`. */
  roles: string;
  createdAt: string;
  /** Who stored it: the name of the token that wrote it, or "import" / "seed". */
  createdBy: string;
  updatedAt: string;
}

export type ActorRow = Selectable<ActorTable>;
export type NewActorRow = Insertable<ActorTable>;
