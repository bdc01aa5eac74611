import type { ActorTable } from "./actor.table.js";
import type { ListCountTable } from "./counter.table.js";
import type { DenialTable } from "./denial.table.js";
import type { ApiTokenTable, RevisionTable } from "./editor.table.js";
import type { EventParticipantTable, EventTable } from "./event.table.js";
import type { EvidenceTable } from "./evidence.table.js";
import type { SearchStatTable, SearchTermTable } from "./search.table.js";
import type { SourceTable } from "./source.table.js";
import type { StatementAboutTable, StatementTable } from "./statement.table.js";

/** Every table, keyed by its name as Kysely sees it (camelCase; snake_case in SQL). */
export interface Database {
  sources: SourceTable;
  actors: ActorTable;
  events: EventTable;
  eventParticipants: EventParticipantTable;
  statements: StatementTable;
  statementAbout: StatementAboutTable;
  denials: DenialTable;
  evidence: EvidenceTable;
  searchTerms: SearchTermTable;
  searchStats: SearchStatTable;
  apiTokens: ApiTokenTable;
  revisions: RevisionTable;
  listCounts: ListCountTable;
}
