import { WriteError } from "../editors/write-error.js";
import type { RecordSet, SpanData } from "./document.schema.js";

/** Ids of records already stored, which records may refer to without including them. */
export interface KnownIds {
  actors: ReadonlySet<string>;
  events: ReadonlySet<string>;
  statements: ReadonlySet<string>;
  denials: ReadonlySet<string>;
}

const CONTEXT = 32;

/**
 * Checks parsed records against their sources' texts and what is stored, before anything is written: every span
 * lies in its source and says exactly what it claims (`exact === text.slice(start, end)`, with matching prefix and
 * suffix), ids are unique, new statements and denials are new, and every reference resolves. `textOf` gives the
 * text of the source a span names (the document's own when it names none). Throws the first problem as a WriteError.
 */
export function validateRecords(set: RecordSet, known: KnownIds, textOf: (span: SpanData) => string | undefined): void {
  const ids = {
    actors: uniqueIds(set.actors, "actors"),
    events: uniqueIds(set.events, "events"),
    statements: uniqueIds(set.statements, "statements"),
  };
  uniqueIds(set.denials, "denials");
  for (const [collection, stored] of [
    ["statements", known.statements],
    ["denials", known.denials],
  ] as const) {
    set[collection].forEach((record, i) => {
      if (stored.has(record.id)) {
        throw new WriteError("CONFLICT", `${collection}[${i}].id`, `a ${collection.slice(0, -1)} with id "${record.id}" is already stored`);
      }
    });
  }
  const exists = (kind: keyof typeof ids, id: string) => ids[kind].has(id) || known[kind].has(id);
  const requireRef = (kind: keyof typeof ids, id: string | null, path: string) => {
    if (id != null && !exists(kind, id)) throw new WriteError("INVALID_REFERENCE", path, `no ${kind.slice(0, -1)} with id "${id}"`);
  };
  const checkSpans = (spans: SpanData[], path: string) => {
    spans.forEach((span, i) => {
      const text = textOf(span);
      if (text == null)
        throw new WriteError("INVALID_REFERENCE", `${path}.evidence[${i}].sourceId`, `no source with id "${span.sourceId ?? ""}"`);
      checkSpan(text, span, `${path}.evidence[${i}]`);
    });
  };

  set.actors.forEach((a, i) => {
    checkSpans(a.evidence, `actors[${i}]`);
  });
  set.events.forEach((e, i) => {
    const path = `events[${i}]`;
    checkSpans(e.evidence, path);
    requireRef("events", e.partOfId, `${path}.partOfId`);
    e.participants.forEach((p, j) => {
      requireRef("actors", p.actorId, `${path}.participants[${j}].actorId`);
    });
  });
  set.statements.forEach((s, i) => {
    const path = `statements[${i}]`;
    checkSpans(s.evidence, path);
    requireRef("actors", s.speakerId, `${path}.speakerId`);
    requireRef("events", s.occasionId, `${path}.occasionId`);
    s.aboutIds.forEach((id, j) => {
      requireRef("actors", id, `${path}.aboutIds[${j}]`);
    });
  });
  set.denials.forEach((d, i) => {
    const path = `denials[${i}]`;
    checkSpans(d.evidence, path);
    requireRef("actors", d.denierId, `${path}.denierId`);
    requireRef(d.targetType === "Statement" ? "statements" : "events", d.targetId, `${path}.targetId`);
  });
}

/**
 * Throws unless the span lies in the text (INVALID_RECORD) and says exactly what it claims, with the prefix and
 * suffix it gives, if any, matching the text around it (SPAN_MISMATCH).
 */
export function checkSpan(text: string, span: SpanData, path: string): void {
  const { start, end, exact, prefix, suffix } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new WriteError("INVALID_RECORD", path, `offsets [${start}, ${end}) are not a span of a ${text.length}-character text`);
  }
  const actual = text.slice(start, end);
  if (actual !== exact) throw new WriteError("SPAN_MISMATCH", path, `text at [${start}, ${end}) is "${actual}", not "${exact}"`);
  const context = spanContext(text, start, end);
  if ((prefix != null && prefix !== context.prefix) || (suffix != null && suffix !== context.suffix)) {
    throw new WriteError("SPAN_MISMATCH", path, `prefix or suffix do not match the ${CONTEXT} characters around the span`);
  }
}

/** The characters just before and after a span, as stored beside it (W3C Web Annotation's prefix and suffix). */
export function spanContext(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return { prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}

function uniqueIds(records: { id: string }[], collection: string): Set<string> {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) throw new WriteError("DUPLICATE_ID", `${collection}[${i}].id`, `"${r.id}" appears twice`);
    seen.add(r.id);
  });
  return seen;
}
