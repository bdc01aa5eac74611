import { z } from "zod";
import {
  ACTOR_KINDS,
  ACTOR_TYPES,
  DATE_PRECISIONS,
  EVENT_TYPES,
  QUOTE_TYPES,
  RECORDED_EVENT_STATUSES,
  SPEECH_ACTS,
} from "../domain/enums.js";

/**
 * The import document — an annotated source, as `packages/store/seed/article.json`, `importSource` and
 * `npm run import` give it — checked for shape, enum values and sizes before anything touches the database.
 * Fields that may be null may also be left out.
 */

/** Lowercase kebab-case, as every record's id inside Claimline (its slug). */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** An ISO 8601 prefix: a decade ("199"), a year, a month or a day. */
const ISO_PREFIX = /^\d{3}$|^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Longest text Claimline stores for one field: a paragraph of paraphrase or a long quote. */
export const MAX_FIELD_LENGTH = 5_000;
/** Longest source text: a long article or a transcript; requests larger than 1 MB are refused before this. */
export const MAX_SOURCE_LENGTH = 1_000_000;

export const slug = z.string().max(120).regex(SLUG, "expected a lowercase kebab-case slug, e.g. donald-trump");
export const short = z.string().min(1).max(300);
export const long = z.string().min(1).max(MAX_FIELD_LENGTH);
export const optional = <T extends z.ZodType>(type: T) => type.nullable().default(null);

const isoDay = z.string().regex(ISO_DAY, "expected a day as YYYY-MM-DD").refine(inCalendar, "expected a day that exists in the calendar");

/** Days found in the calendar so far: a bulk import names few distinct days, and checking one builds a Date. */
const calendarDays = new Set<string>();

/** "2024-02-29" is a day, "2023-02-29" is not. */
function inCalendar(day: string): boolean {
  if (calendarDays.has(day)) return true;
  const exists = new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
  if (exists && calendarDays.size < 100_000) calendarDays.add(day);
  return exists;
}

export const partialDateSchema = z
  .object({
    value: optional(z.string().regex(ISO_PREFIX, 'expected an ISO 8601 prefix: "2022-02-24", "2022-02", "2022" or a decade "202"')),
    precision: optional(z.enum(DATE_PRECISIONS)),
    earliest: optional(isoDay),
    latest: optional(isoDay),
    text: optional(long),
    circa: z.boolean().default(false),
    note: optional(long),
  })
  .strict()
  .superRefine((date, ctx) => {
    if ((date.value == null) !== (date.precision == null)) {
      ctx.addIssue({ code: "custom", path: ["precision"], message: "value and precision are given together or not at all" });
    }
    if (date.earliest && date.latest && date.earliest > date.latest) {
      ctx.addIssue({ code: "custom", path: ["latest"], message: `latest (${date.latest}) is before earliest (${date.earliest})` });
    }
  });

export const spanSchema = z
  .object({
    /** The source the span is in; in a document, its own source when left out. */
    sourceId: slug.optional(),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: z.string().min(1).max(MAX_FIELD_LENGTH),
    /** The 32 characters before the span; computed from the text when left out. */
    prefix: z.string().max(64).optional(),
    /** The 32 characters after the span; computed from the text when left out. */
    suffix: z.string().max(64).optional(),
  })
  .strict()
  .refine(endsAfterStart, { path: ["end"], error: "end must be after start" });

/** A span's end lies after its start. */
export function endsAfterStart(span: { start: number; end: number }): boolean {
  return span.end > span.start;
}

const evidence = z.array(spanSchema).min(1, "every record needs at least one evidence span").max(50);

export const roleSchema = z
  .object({ title: short, organization: optional(short), from: optional(partialDateSchema), to: optional(partialDateSchema) })
  .strict();

export const actorSchema = z
  .object({
    id: slug,
    type: z.enum(ACTOR_TYPES),
    kind: z.enum(ACTOR_KINDS),
    name: short,
    aliases: z.array(short).max(50).default([]),
    description: optional(long),
    country: optional(z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code, e.g. US")),
    roles: z.array(roleSchema).max(50).default([]),
    evidence,
  })
  .strict()
  .refine(personIffPersonKind, { path: ["kind"], error: "a Person has kind PERSON, and only a Person does" });

/** A Person has kind PERSON, and only a Person does. */
export function personIffPersonKind(actor: { type: string; kind: string }): boolean {
  return (actor.type === "Person") === (actor.kind === "PERSON");
}

export const participantSchema = z.object({ actorId: slug, role: optional(short) }).strict();

export const eventSchema = z
  .object({
    id: slug,
    title: short,
    type: z.enum(EVENT_TYPES),
    status: z.enum(RECORDED_EVENT_STATUSES),
    start: optional(partialDateSchema),
    end: optional(partialDateSchema),
    location: optional(short),
    partOfId: optional(slug),
    description: optional(long),
    participants: z.array(participantSchema).max(100).default([]),
    evidence,
    note: optional(long),
  })
  .strict();

export const statementSchema = z
  .object({
    id: slug,
    speakerId: slug,
    content: long,
    quote: optional(long),
    quoteType: z.enum(QUOTE_TYPES),
    speechAct: z.enum(SPEECH_ACTS),
    cue: optional(short),
    hedge: optional(short),
    statedAt: optional(partialDateSchema),
    occasionId: optional(slug),
    aboutIds: z.array(slug).max(50).default([]),
    topics: z.array(short).max(50).default([]),
    evidence,
    note: optional(long),
  })
  .strict();

export const denialSchema = z
  .object({
    id: slug,
    denierId: slug,
    targetType: z.enum(["Statement", "Event"]),
    targetId: slug,
    content: long,
    quote: optional(long),
    cue: optional(short),
    statedAt: optional(partialDateSchema),
    evidence,
    note: optional(long),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: slug,
    title: short,
    publisher: optional(short),
    url: optional(z.url({ protocol: /^https?$/ }).max(2_000)),
    publishedAt: optional(partialDateSchema),
    note: optional(long),
  })
  .strict();

export const sourceDocumentSchema = z
  .object({
    source: sourceSchema,
    /** The full text; every span indexes into it (UTF-16 offsets, end exclusive). */
    text: z.string().min(1).max(MAX_SOURCE_LENGTH),
    actors: z.array(actorSchema).max(10_000).default([]),
    events: z.array(eventSchema).max(10_000).default([]),
    statements: z.array(statementSchema).max(100_000).default([]),
    denials: z.array(denialSchema).max(100_000).default([]),
  })
  .strict();

export type PartialDateData = z.output<typeof partialDateSchema>;
export type SpanData = z.output<typeof spanSchema>;
export type RoleData = z.output<typeof roleSchema>;
export type ActorData = z.output<typeof actorSchema>;
export type EventData = z.output<typeof eventSchema>;
export type StatementData = z.output<typeof statementSchema>;
export type DenialData = z.output<typeof denialSchema>;
export type SourceData = z.output<typeof sourceSchema>;
/** An annotated source as stored: every optional field filled in. */
export type SourceDocument = z.output<typeof sourceDocumentSchema>;
/** The records of a document, or of one write: what `writeRecords` stores. */
export type RecordSet = Pick<SourceDocument, "actors" | "events" | "statements" | "denials">;
/** An annotated source as written by hand or by a tool: nullable fields may be left out. */
export type SourceDocumentInput = z.input<typeof sourceDocumentSchema>;
