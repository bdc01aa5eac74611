import type { Insertable, Selectable } from "kysely";

export type ActorType = "Person" | "Organization";

export interface ActorTable {
  id: string;
  type: ActorType;
  kind: string;
  name: string;
  /** JSON array of strings. */
  aliases: string;
  /** Lower-cased name and aliases, joined by newlines: what name filters match. */
  searchName: string;
  description: string | null;
  country: string | null;
  /** JSON array of roles, each `{ title, organization, from, to }` with PartialDate JSON. */
  roles: string;
  createdAt: string;
}

export type ActorRow = Selectable<ActorTable>;
export type NewActorRow = Insertable<ActorTable>;
