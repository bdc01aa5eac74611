import { z } from "zod";
import {
  actorSchema,
  denialSchema,
  endsAfterStart,
  eventSchema,
  long,
  personIffPersonKind,
  slug,
  sourceSchema,
  spanSchema,
  statementSchema,
  MAX_SOURCE_LENGTH,
} from "../import/document.schema.js";

/**
 * What editors send to create or update one record: the document format's fields, with an optional id (a retry
 * with the same id and content is idempotent) and spans that name their source. Updates change any editable field
 * but never the id, the kind of record, or its evidence (provenance is fixed once stored).
 */

const citedSpan = z
  .object({ ...spanSchema.shape, sourceId: slug })
  .strict()
  .refine(endsAfterStart, { path: ["end"], error: "end must be after start" });
const citedEvidence = z.array(citedSpan).min(1, "every record needs at least one evidence span").max(50);

const { id: _actorId, evidence: _actorEvidence, type: _actorType, ...actorFields } = actorSchema.shape;
export const newActorInput = z
  .object({ ...actorSchema.shape, id: slug.optional(), evidence: citedEvidence })
  .strict()
  .refine(personIffPersonKind, { path: ["kind"], error: "a Person has kind PERSON, and only a Person does" });
export const actorPatch = z.object(actorFields).partial().strict();

const { id: _eventId, evidence: _eventEvidence, ...eventFields } = eventSchema.shape;
export const newEventInput = z.object({ ...eventSchema.shape, id: slug.optional(), evidence: citedEvidence }).strict();
export const eventPatch = z.object(eventFields).partial().strict();

const { id: _statementId, evidence: _statementEvidence, ...statementFields } = statementSchema.shape;
export const newStatementInput = z.object({ ...statementSchema.shape, id: slug.optional(), evidence: citedEvidence }).strict();
export const statementPatch = z.object(statementFields).partial().strict();

const { id: _denialId, evidence: _denialEvidence, ...denialFields } = denialSchema.shape;
export const newDenialInput = z.object({ ...denialSchema.shape, id: slug.optional(), evidence: citedEvidence }).strict();
export const denialPatch = z.object(denialFields).partial().strict();

const { id: _sourceId, ...sourceFields } = sourceSchema.shape;
export const newSourceInput = z
  .object({ ...sourceSchema.shape, id: slug.optional(), text: z.string().min(1).max(MAX_SOURCE_LENGTH) })
  .strict();
export const sourcePatch = z.object(sourceFields).partial().strict();

export const deprecation = z.object({ id: slug, reason: long }).strict();

export type NewActorInput = z.output<typeof newActorInput>;
export type NewEventInput = z.output<typeof newEventInput>;
export type NewStatementInput = z.output<typeof newStatementInput>;
export type NewDenialInput = z.output<typeof newDenialInput>;
export type NewSourceInput = z.output<typeof newSourceInput>;
