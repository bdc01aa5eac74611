export { dialectOf, type DialectName } from "./dialect.js";
export type { ActorData, DenialData, EventData, PartialDateData, SourceDocument, SpanData, StatementData } from "./import/document.js";
export { ImportError, type ImportErrorCode } from "./import/import-error.js";
export { importDocument, type ImportSummary } from "./import/import-document.js";
export { readArticleDocument, seedArticle } from "./import/seed-article.js";
export { checkSpan } from "./import/validate-document.js";
export { migrateToLatest } from "./migrate.js";
export { DEFAULT_DATABASE_FILE, openDatabase, type OpenOptions, type Store } from "./open-database.js";
export { countActors, findActors, getActors, type ActorQuery } from "./queries/actor.queries.js";
export type { DayRange } from "./queries/date-overlap.js";
export {
  countDenials,
  countDenialsOfParents,
  findDenials,
  findDenialsOfParents,
  getDenials,
  getDenialsOfTargets,
  type DenialParent,
  type DenialQuery,
} from "./queries/denial.queries.js";
export {
  countEvents,
  countEventsOfParticipants,
  findEvents,
  findEventsOfParticipants,
  getEvents,
  getParticipants,
  type EventQuery,
} from "./queries/event.queries.js";
export { getEvidence } from "./queries/evidence.queries.js";
export type { Page, PageRequest, SortKey } from "./queries/keyset.js";
export type { FirstPageRequest } from "./queries/per-parent.js";
export { ping } from "./queries/ping.js";
export { isDatabaseUnavailable } from "./unavailable.js";
export { countSources, findSources, getSources } from "./queries/source.queries.js";
export {
  countStatements,
  countStatementsOfParents,
  findStatements,
  findStatementsOfParents,
  getStatementAbout,
  getStatements,
  type RankedStatementRow,
  type StatementParent,
  type StatementQuery,
} from "./queries/statement.queries.js";
export { searchAll, type SearchHitRow } from "./queries/search.queries.js";
export type { ActorRow, ActorType } from "./tables/actor.table.js";
export type { Database } from "./tables/database.js";
export type { DenialRow } from "./tables/denial.table.js";
export type { EventParticipantRow, EventRow } from "./tables/event.table.js";
export type { EvidenceRecordType, EvidenceRow } from "./tables/evidence.table.js";
export type { SourceRow } from "./tables/source.table.js";
export type { StatementAboutRow, StatementRow } from "./tables/statement.table.js";
