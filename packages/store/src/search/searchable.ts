import type { Kysely } from "kysely";
import type { SearchableType } from "../domain/enums.js";
import type { Database } from "../tables/database.js";

/** One piece of a record's searchable text. */
export interface SearchableField {
  text: string;
  /** How much a match here counts: titles and names more than descriptions. */
  weight: number;
  /** Set on fields that name related actors ("about", "by"): shown after the snippet, labelled, when they match. */
  label?: string;
}

export interface SearchableDocument {
  recordType: SearchableType;
  recordId: string;
  fields: SearchableField[];
}

interface Names {
  name: string;
  aliases: string;
}

/**
 * The one definition of what each kind of record is found by — the same for indexing and for snippets, on every
 * dialect. Statements are found by their words and by the names of their speaker and of the actors they are
 * about, so a search for "Putin" finds what was said of "the Russian leader"; denials by their words and denier.
 * Example: `await searchableDocuments(db, "Statement", ["trump-admits-direct-conversations"])`.
 */
export async function searchableDocuments(
  db: Kysely<Database>,
  type: SearchableType,
  ids: readonly string[],
): Promise<SearchableDocument[]> {
  if (ids.length === 0) return [];
  switch (type) {
    case "Actor":
      return (await db.selectFrom("actors").select(["id", "name", "aliases", "description"]).where("id", "in", ids).execute()).map((a) => ({
        recordType: type,
        recordId: a.id,
        fields: [field(a.name, 3), field(aliasText(a.aliases), 3), field(a.description, 1)],
      }));
    case "Event":
      return (await db.selectFrom("events").select(["id", "title", "description", "location"]).where("id", "in", ids).execute()).map(
        (e) => ({
          recordType: type,
          recordId: e.id,
          fields: [field(e.title, 3), field(e.description, 1), field(e.location, 1)],
        }),
      );
    case "Statement": {
      const rows = await db
        .selectFrom("statements")
        .innerJoin("actors", "actors.id", "statements.speakerId")
        .select(["statements.id", "statements.quote", "statements.content", "statements.cue", "actors.name", "actors.aliases"])
        .where("statements.id", "in", ids)
        .execute();
      const about = await db
        .selectFrom("statementAbout")
        .innerJoin("actors", "actors.id", "statementAbout.actorId")
        .select(["statementAbout.statementId", "actors.name", "actors.aliases"])
        .where("statementAbout.statementId", "in", ids)
        .orderBy("statementAbout.position")
        .execute();
      const aboutOf = new Map<string, SearchableField[]>();
      about.forEach((a) => {
        const fields = aboutOf.get(a.statementId) ?? [];
        fields.push(nameField("about", a));
        aboutOf.set(a.statementId, fields);
      });
      return rows.map((s) => ({
        recordType: type,
        recordId: s.id,
        fields: [field(s.quote, 2), field(s.content, 2), field(s.cue, 1), nameField("by", s), ...(aboutOf.get(s.id) ?? [])],
      }));
    }
    case "Denial":
      return (
        await db
          .selectFrom("denials")
          .innerJoin("actors", "actors.id", "denials.denierId")
          .select(["denials.id", "denials.quote", "denials.content", "denials.cue", "actors.name", "actors.aliases"])
          .where("denials.id", "in", ids)
          .execute()
      ).map((d) => ({
        recordType: type,
        recordId: d.id,
        fields: [field(d.quote, 2), field(d.content, 2), field(d.cue, 1), nameField("by", d)],
      }));
  }
}

function field(text: string | null, weight: number): SearchableField {
  return { text: text ?? "", weight };
}

/** An actor's name with its aliases, e.g. `Vladimir Putin (Putin, the Russian leader)`. */
function nameField(label: string, actor: Names): SearchableField {
  const aliases = aliasText(actor.aliases);
  return { text: aliases ? `${actor.name} (${aliases})` : actor.name, weight: 1, label };
}

function aliasText(aliasesJson: string): string {
  return (JSON.parse(aliasesJson) as string[]).join(", ");
}
