import type { Kysely } from "kysely";
import type { ActorKindValue, ActorType } from "../domain/enums.js";
import type { Database } from "../tables/database.js";

/** An actor as a name matcher needs it. */
export interface ActorName {
  id: string;
  type: ActorType;
  kind: ActorKindValue;
  name: string;
  aliases: string[];
}

/** Every stored actor's id, type, kind, name and aliases: what the ingest assistant matches mentions against. */
export async function listActorNames(db: Kysely<Database>): Promise<ActorName[]> {
  const rows = await db.selectFrom("actors").select(["id", "type", "kind", "name", "aliases"]).orderBy("id").execute();
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[] }));
}
