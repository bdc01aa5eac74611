import { sql, type Kysely, type SqlBool } from "kysely";
import type { QuoteTypeValue, SpeechActValue } from "../domain/enums.js";
import type { CounterQuery } from "../counters/counted-tables.js";
import { decodeStatement, STATEMENT_SELECTION, type StatementRecord } from "../records/statement.record.js";
import { holdsEveryTerm, matchText, readsPostingsFirst, scoredMatches, type TextMatch } from "../search/text-match.js";
import type { Database } from "../tables/database.js";
import { containsText, emptyGuard, overlaps, storedAfter, unfiltered, type DayRange } from "./conditions.js";
import type { AnyExpressionBuilder, ListDefinition } from "./list-definition.js";

/** Conditions on statements; all given must hold. Ids are slugs. */
export interface StatementQuery {
  speakerIds?: readonly string[] | null;
  speakerName?: string | null;
  speechActs?: readonly SpeechActValue[] | null;
  quoteTypes?: readonly QuoteTypeValue[] | null;
  aboutIds?: readonly string[] | null;
  eventId?: string | null;
  statedIn?: DayRange | null;
  disputed?: boolean | null;
  /** Every word of it (stemmed), in the statement's words or in the names of its speaker and subjects. */
  text?: string | null;
  includeDeprecated?: boolean | null;
  /** Stored after this statement (by time stored, then id): where a reader who saw it picks up again. */
  addedAfter?: string | null;
  /** Only these statements (to test whether one matches a filter). */
  ids?: readonly string[] | null;
}

/** What a statement list can hang off: its speaker, its occasion, or an actor it is about. */
export type StatementParent = "speaker" | "occasion" | "about";

interface Prepared {
  query: StatementQuery;
  text: TextMatch | null;
}

const PARENT_COLUMNS: Record<StatementParent, string> = {
  speaker: "statements.speakerId",
  occasion: "statements.occasionId",
  about: "statementAbout.actorId",
};

export const statementList: ListDefinition<StatementQuery, Prepared, StatementRecord, StatementParent> = {
  async prepare(db, query) {
    return { query, text: query.text != null ? await matchText(db, query.text) : null };
  },
  select(db: Kysely<Database>, { text }, parent, ranked) {
    let from = db.selectFrom("statements");
    if (parent === "about") from = from.innerJoin("statementAbout", "statementAbout.statementId", "statements.id");
    if (ranked && text) {
      return from
        .innerJoin(scoredMatches(text, "Statement").as("hits"), (join) =>
          join.onRef(sql.ref("hits.recordId") as never, "=", "statements.id"),
        )
        .select(STATEMENT_SELECTION)
        .select(sql.ref("hits.score").as("sortValue"));
    }
    return from.select(STATEMENT_SELECTION).select("statements.sortDate as sortValue");
  },
  where({ query, text }, wanted) {
    const fromPostings = text != null && readsPostingsFirst(text, wanted);
    // Subjects in a date range: the subject rows' own copies of rank and dates (migration 0010) select the
    // statements, from the (actor, rank, sort_date) index alone; the statement's own columns are not tested again
    // (tested, they would draw SQLite to walk every NORMAL statement up to the range's end instead).
    const fromSubjects = query.aboutIds != null && query.statedIn != null;
    return (eb: AnyExpressionBuilder) => {
      const conditions = [];
      if (!query.includeDeprecated && !fromSubjects) {
        // Reading a rare term's postings first, SQLite would rather walk (rank, sort_date) for the page order and
        // check every statement against them: `|| ''` keeps it off that index.
        conditions.push(fromPostings ? sql<SqlBool>`${sql.ref("statements.rank")} || '' = 'NORMAL'` : eb("statements.rank", "=", "NORMAL"));
      }
      if (query.speakerIds) conditions.push(eb("statements.speakerId", "in", emptyGuard(query.speakerIds)));
      if (query.speakerName) {
        conditions.push(
          eb(
            "statements.speakerId",
            "in",
            eb.selectFrom("actors").select("actors.id").where(containsText("actors.searchName", query.speakerName)),
          ),
        );
      }
      if (query.speechActs) conditions.push(eb("statements.speechAct", "in", emptyGuard(query.speechActs)));
      if (query.quoteTypes) conditions.push(eb("statements.quoteType", "in", emptyGuard(query.quoteTypes)));
      if (query.aboutIds) {
        let about = eb
          .selectFrom("statementAbout as subject")
          .select("subject.statementId")
          .where("subject.actorId", "in", emptyGuard(query.aboutIds));
        if (!query.includeDeprecated) about = about.where("subject.rank", "=", "NORMAL");
        if (query.statedIn) {
          about = about.where(overlaps("subject.statedEarliest", "subject.statedLatest", query.statedIn));
          if (query.statedIn.to) about = about.where("subject.sortDate", "<=", query.statedIn.to);
        }
        conditions.push(eb("statements.id", "in", about));
      }
      if (query.eventId) conditions.push(eb("statements.occasionId", "=", query.eventId));
      if (query.statedIn && !fromSubjects) {
        conditions.push(overlaps("statements.statedEarliest", "statements.statedLatest", query.statedIn));
        // Implied by the overlap, since sort_date is coalesce(earliest, latest) (dateColumns): lets the
        // (…, sort_date, id) indexes seek to the range's end instead of reading every row.
        if (query.statedIn.to) conditions.push(eb("statements.sortDate", "<=", query.statedIn.to));
      }
      if (query.disputed != null) {
        const denied = eb.exists(eb.selectFrom("denials").select("denials.id").whereRef("denials.targetStatementId", "=", "statements.id"));
        conditions.push(query.disputed ? denied : eb.not(denied));
      }
      if (text) conditions.push(holdsEveryTerm(text, "Statement", "statements.id", wanted));
      if (query.addedAfter) conditions.push(storedAfter("statements", query.addedAfter));
      if (query.ids) conditions.push(eb("statements.id", "in", emptyGuard(query.ids)));
      return eb.and(conditions);
    };
  },
  parentColumn: (parent) => PARENT_COLUMNS[parent],
  sortColumn: (ranked) => (ranked ? "hits.score" : "statements.sortDate"),
  idColumn: "statements.id",
  numericSort: (ranked) => ranked,
  counter: statementCounter,
  decode: decodeStatement,
};

/**
 * Counters hold NORMAL statements: in all, per speaker, per occasion, per actor they are about. A filter naming only
 * speakers (summed: a statement has one speaker), one occasion or one subject reads them; any other condition counts.
 */
function statementCounter({ includeDeprecated, speakerIds, eventId, aboutIds, ...others }: StatementQuery): CounterQuery | null {
  if (includeDeprecated || !unfiltered(others)) return null;
  const named = [speakerIds, eventId, aboutIds].filter((condition) => condition != null);
  if (named.length === 0) return { list: "statements" };
  if (named.length > 1) return null;
  if (speakerIds) return { list: "statements", parents: { kind: "speaker", ids: speakerIds } };
  if (eventId) return { list: "statements", parents: { kind: "occasion", ids: [eventId] } };
  // A statement about two of the actors would be counted twice in a sum: only a single subject's counter answers.
  return aboutIds?.length === 1 ? { list: "statements", parents: { kind: "about", ids: aboutIds } } : null;
}
