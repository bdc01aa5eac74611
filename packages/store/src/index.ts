// The store's public surface: what the server and the operator scripts use, nothing more.
export { dialectOf, type DialectName } from "./dialect.js";
export * from "./domain/enums.js";
export {
  sourceDocumentSchema,
  type ActorData,
  type DenialData,
  type EventData,
  type PartialDateData,
  type RoleData,
  type SourceDocument,
  type SourceDocumentInput,
  type SpanData,
  type StatementData,
} from "./import/document.schema.js";
export { createRecord, type CreateResult } from "./editors/create-record.js";
export type { EditableType } from "./editors/record-kinds.js";
export { createToken, listTokens, revokeToken, verifyToken, type TokenHolder, type TokenSummary } from "./editors/tokens.js";
export { deprecateStatement, updateRecord, type UpdateResult } from "./editors/update-record.js";
export { WriteError, type WriteErrorCode, type WriteIssue } from "./editors/write-error.js";
export type { WriteSummary } from "./editors/write-records.js";
export { documentFileSchema, readDocumentFile } from "./import/document-file.js";
export { importDocument, type ImportSummary } from "./import/import-document.js";
export { importDocuments, type BulkImportOptions } from "./import/import-documents.js";
export { parseDocument } from "./import/parse-document.js";
export { readArticleDocument, seedArticle } from "./import/seed-article.js";
export { actorList, type ActorQuery } from "./lists/actor.list.js";
export type { DayRange } from "./lists/conditions.js";
export { denialList, type DenialParent, type DenialQuery } from "./lists/denial.list.js";
export { eventList, type EventParent, type EventQuery } from "./lists/event.list.js";
export type { ListDefinition } from "./lists/list-definition.js";
export type { Page, PageRequest, SortKey } from "./lists/page.js";
export { countPages, findPages, type ListRequest } from "./lists/run-list.js";
export { COUNT_BOUND, type TotalCount } from "./lists/total-count.js";
export { rebuildCounters, withCountersRebuiltAfter } from "./counters/rebuild-counters.js";
export { sourceList, type SourceQuery } from "./lists/source.list.js";
export { statementList, type StatementParent, type StatementQuery } from "./lists/statement.list.js";
export { revisionList, type RevisionQuery } from "./lists/revision.list.js";
export { migrateToLatest } from "./migrate.js";
export { DEFAULT_DATABASE_FILE, openDatabase, type OpenOptions, type Store } from "./open-database.js";
export { listActorNames, type ActorName } from "./queries/actor-names.js";
export { ping } from "./queries/ping.js";
export { isDatabaseUnavailable, storageFault, type StorageFault } from "./unavailable.js";
export {
  getActors,
  getDenials,
  getDenialsOfTargets,
  getEvents,
  getEvidence,
  getParticipants,
  getSources,
  getStatementAbout,
  getStatements,
} from "./queries/records-by-id.js";
export type { ActorRecord } from "./records/actor.record.js";
export type { DenialRecord, DenialTargetRef } from "./records/denial.record.js";
export type { EventRecord } from "./records/event.record.js";
export type { RevisionRecord } from "./records/revision.record.js";
export type { SourceRecord } from "./records/source.record.js";
export type { StatementRecord } from "./records/statement.record.js";
export { terms as searchTerms, wordCount } from "./search/analyzer.js";
export { searchAll, type SearchHitRow } from "./search/search.queries.js";
export {
  similarStatements,
  similarStatementsBatch,
  SIMILARITY_WEIGHTS,
  type SimilarRequest,
  type SimilarStatementRow,
  type SimilarTo,
} from "./search/similar.queries.js";
export { TOKEN_ROLES, type TokenRole } from "./tables/editor.table.js";
export type { EventParticipantRow } from "./tables/event.table.js";
export type { EvidenceRow } from "./tables/evidence.table.js";
export type { StatementAboutRow } from "./tables/statement.table.js";
