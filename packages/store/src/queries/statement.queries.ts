import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { StatementRow } from "../tables/statement.table.js";
import { overlaps, type DayRange } from "./date-overlap.js";
import { matchesText, withStatementRelevance } from "./full-text.js";
import { keysetPage, toPage, type Page, type PageRequest } from "./keyset.js";
import { countPerParent, firstPagePerParent, type FirstPageRequest } from "./per-parent.js";

/** Conditions on statements; all given must hold. Ids are slugs. */
export interface StatementQuery {
  speakerIds?: readonly string[] | null;
  speakerName?: string | null;
  speechActs?: readonly string[] | null;
  quoteTypes?: readonly string[] | null;
  aboutIds?: readonly string[] | null;
  eventId?: string | null;
  statedIn?: DayRange | null;
  disputed?: boolean | null;
  text?: string | null;
  includeDeprecated?: boolean | null;
}

function whereStatements(db: Kysely<Database>, query: StatementQuery) {
  return (eb: ExpressionBuilder<Database, "statements">) => {
    const conditions = [];
    if (!query.includeDeprecated) conditions.push(eb("statements.rank", "=", "NORMAL"));
    if (query.speakerIds) conditions.push(eb("statements.speakerId", "in", emptyGuard(query.speakerIds)));
    if (query.speakerName) {
      const pattern = `%${escapeLike(query.speakerName.toLowerCase())}%`;
      conditions.push(
        eb(
          "statements.speakerId",
          "in",
          eb
            .selectFrom("actors")
            .select("actors.id")
            .where(sql<boolean>`${sql.ref("actors.searchName")} like ${pattern} escape '\\'`),
        ),
      );
    }
    if (query.speechActs) conditions.push(eb("statements.speechAct", "in", emptyGuard(query.speechActs)));
    if (query.quoteTypes) conditions.push(eb("statements.quoteType", "in", emptyGuard(query.quoteTypes)));
    if (query.aboutIds) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom("statementAbout")
            .select("statementAbout.actorId")
            .whereRef("statementAbout.statementId", "=", "statements.id")
            .where("statementAbout.actorId", "in", emptyGuard(query.aboutIds)),
        ),
      );
    }
    if (query.eventId) conditions.push(eb("statements.occasionId", "=", query.eventId));
    if (query.statedIn) conditions.push(overlaps("statements.statedEarliest", "statements.statedLatest", query.statedIn));
    if (query.disputed != null) {
      const denied = eb.exists(eb.selectFrom("denials").select("denials.id").whereRef("denials.targetStatementId", "=", "statements.id"));
      conditions.push(query.disputed ? denied : eb.not(denied));
    }
    if (query.text != null) conditions.push(matchesText(db, "Statement", query.text));
    return eb.and(conditions);
  };
}

export type RankedStatementRow = StatementRow & { relevance?: number };

/**
 * One page of statements matching `query`: in (sortDate, id) order, or with `byRelevance` (and `query.text`)
 * in (relevance, id) order, most relevant first when `page.order` is "desc".
 */
export async function findStatements(
  db: Kysely<Database>,
  query: StatementQuery,
  page: PageRequest,
  byRelevance = false,
): Promise<Page<RankedStatementRow>> {
  const matching = db.selectFrom("statements").selectAll("statements").where(whereStatements(db, query));
  if (byRelevance && query.text) {
    const ranked = db.selectFrom(withStatementRelevance(db, matching, query.text).as("ranked")).selectAll();
    return toPage(await keysetPage(ranked, "ranked", page, "relevance").execute(), page);
  }
  return toPage(await keysetPage(matching, "statements", page).execute(), page);
}

/** What a statement list can belong to: its speaker, its occasion, or an actor it is about. */
export type StatementParent = "speaker" | "occasion" | "about";

function statementsOfParents(db: Kysely<Database>, parent: StatementParent, parentIds: readonly string[], query: StatementQuery) {
  const column = { speaker: "statements.speakerId", occasion: "statements.occasionId", about: "statementAbout.actorId" }[parent];
  const from =
    parent === "about"
      ? db.selectFrom("statements").innerJoin("statementAbout", "statementAbout.statementId", "statements.id")
      : db.selectFrom("statements");
  return { column, qb: from.where(whereStatements(db, query)).where(sql.ref(column), "in", parentIds) };
}

/** The first page of statements for each parent (e.g. each speaker), in one query. */
export function findStatementsOfParents(
  db: Kysely<Database>,
  parent: StatementParent,
  parentIds: readonly string[],
  query: StatementQuery,
  page: FirstPageRequest,
): Promise<Map<string, Page<StatementRow>>> {
  const { column, qb } = statementsOfParents(db, parent, parentIds, query);
  return firstPagePerParent<StatementRow>(db, qb.selectAll("statements"), "statements", column, parentIds, page);
}

/** How many statements match `query` for each parent, in one query. */
export function countStatementsOfParents(
  db: Kysely<Database>,
  parent: StatementParent,
  parentIds: readonly string[],
  query: StatementQuery,
) {
  const { column, qb } = statementsOfParents(db, parent, parentIds, query);
  return countPerParent(db, qb, column, parentIds);
}

/** How many statements match `query`. */
export async function countStatements(db: Kysely<Database>, query: StatementQuery): Promise<number> {
  const { count } = await db
    .selectFrom("statements")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where(whereStatements(db, query))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Statements by id, in no particular order; missing ids are simply absent. */
export async function getStatements(db: Kysely<Database>, ids: readonly string[]): Promise<StatementRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("statements").selectAll().where("id", "in", ids).execute();
}

/** The actors each statement is about, as (statementId, actorId) pairs in the order recorded. */
export async function getStatementAbout(db: Kysely<Database>, statementIds: readonly string[]) {
  if (statementIds.length === 0) return [];
  return db.selectFrom("statementAbout").selectAll().where("statementId", "in", statementIds).orderBy("position").execute();
}

/** An `in ()` with no values is a syntax error on some dialects; a list that can match nothing is not. */
export function emptyGuard(values: readonly string[]): readonly string[] {
  return values.length > 0 ? values : [""];
}

/** Escapes LIKE wildcards so user text matches literally (with `escape '\'`). */
export function escapeLike(text: string): string {
  return text.replaceAll(/[\\%_]/g, (c) => `\\${c}`);
}
