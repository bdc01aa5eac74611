export { ActorFilter } from "./actor.filter.js";
export { Actor, ActorKind } from "./actor.type.js";
export { Connection, PageInfo, type ConnectionCount, type Edge } from "./connection.type.js";
export {
  ActorConnection,
  DenialConnection,
  EventConnection,
  RevisionConnection,
  SourceConnection,
  StatementConnection,
} from "./connections.js";
export { DateRange } from "./date-range.input.js";
export { DenialTarget } from "./denial-target.union.js";
export { DenialFilter } from "./denial.filter.js";
export { Denial } from "./denial.type.js";
export { EventStatus, EventType } from "./event.enums.js";
export { EventFilter } from "./event.filter.js";
export { Event } from "./event.type.js";
export { Evidence } from "./evidence.type.js";
export { Node, type NodeTypeName } from "./node.type.js";
export { Organization } from "./organization.type.js";
export { Participant } from "./participant.type.js";
export { DatePrecision, PartialDate } from "./partial-date.type.js";
export { Person } from "./person.type.js";
export { Role } from "./role.type.js";
export { SearchHit, SearchResult } from "./search.type.js";
export { SimilarStatementConnection, SimilarStatementEdge } from "./similar.type.js";
export { Claim, ClaimConnection, ClaimEdge } from "./claim.type.js";
export { Source } from "./source.type.js";
export { QuoteType, Rank, SpeechAct, StatementStatus } from "./statement.enums.js";
export { StatementFilter, StatementOrder } from "./statement.filter.js";
export { Statement } from "./statement.type.js";
export { CreateOrganizationInput, CreatePersonInput, UpdateOrganizationInput, UpdatePersonInput } from "./actor.input.js";
export { CreateDenialInput, UpdateDenialInput } from "./denial.input.js";
export { CreateEventInput, UpdateEventInput } from "./event.input.js";
export { EvidenceInput } from "./evidence.input.js";
export { ImportSourceInput } from "./import.input.js";
export { MutationInput } from "./mutation.input.js";
export { ParticipantInput } from "./participant.input.js";
export { PartialDateInput } from "./partial-date.input.js";
export {
  CreateDenialPayload,
  CreateEventPayload,
  CreateOrganizationPayload,
  CreatePersonPayload,
  CreateSourcePayload,
  CreateStatementPayload,
  DeprecateStatementPayload,
  ImportSourcePayload,
  UpdateDenialPayload,
  UpdateEventPayload,
  UpdateOrganizationPayload,
  UpdatePersonPayload,
  UpdateSourcePayload,
  UpdateStatementPayload,
} from "./payloads.js";
export { FieldChange, Revision } from "./revision.type.js";
export { RoleInput } from "./role.input.js";
export { CreateSourceInput, UpdateSourceInput } from "./source.input.js";
export { CreateStatementInput, DeprecateStatementInput, UpdateStatementInput } from "./statement.input.js";
export { ProposalSourceInput } from "./proposal.input.js";
export {
  ProposedActor,
  ProposedDenial,
  ProposedDenialTarget,
  ProposedEvent,
  ProposedSpan,
  ProposedStatement,
  TextProposal,
} from "./proposal.type.js";
