// The ingest assistant's public surface.
export { propose, type ProposeOptions } from "./propose.js";
export { toDocument } from "./to-document.js";
export { lexicon, loadLexicon, type CueAct, type CueEntry, type Lexicon } from "./lexicon.js";
export type {
  KnownActor,
  Proposal,
  ProposedActor,
  ProposedDenial,
  ProposedEvent,
  ProposedStatement,
  Provenance,
  SourceInfo,
  Span,
} from "./proposal.js";
