import type { SourceDocument, SpanData } from "./document.js";
import { ImportError } from "./import-error.js";

/** Ids of records already stored, which a document may refer to without including them. */
export interface KnownIds {
  actors: ReadonlySet<string>;
  events: ReadonlySet<string>;
  statements: ReadonlySet<string>;
}

const CONTEXT = 32;

/**
 * Checks a document before anything is written: every span says exactly what it claims
 * (`exact === text.slice(start, end)`, with matching prefix and suffix), every record has a span,
 * ids are unique and every reference resolves. Throws the first problem as an ImportError.
 */
export function validateDocument(doc: SourceDocument, known: KnownIds): void {
  const ids = {
    actors: uniqueIds(doc.actors, "actors"),
    events: uniqueIds(doc.events, "events"),
    statements: uniqueIds(doc.statements, "statements"),
  };
  uniqueIds(doc.denials, "denials");
  const exists = (kind: keyof KnownIds, id: string) => ids[kind].has(id) || known[kind].has(id);
  const requireRef = (kind: keyof KnownIds, id: string | null, path: string) => {
    if (id != null && !exists(kind, id)) throw new ImportError("INVALID_REFERENCE", path, `no ${kind.slice(0, -1)} with id "${id}"`);
  };
  const checkSpans = (spans: SpanData[], path: string) => {
    if (spans.length === 0) throw new ImportError("INVALID_RECORD", `${path}.evidence`, "every record needs at least one evidence span");
    spans.forEach((span, i) => checkSpan(doc.text, span, `${path}.evidence[${i}]`));
  };

  doc.actors.forEach((a, i) => checkSpans(a.evidence, `actors[${i}]`));
  doc.events.forEach((e, i) => {
    const path = `events[${i}]`;
    checkSpans(e.evidence, path);
    requireRef("events", e.partOfId, `${path}.partOfId`);
    e.participants.forEach((p, j) => requireRef("actors", p.actorId, `${path}.participants[${j}].actorId`));
  });
  doc.statements.forEach((s, i) => {
    const path = `statements[${i}]`;
    checkSpans(s.evidence, path);
    requireRef("actors", s.speakerId, `${path}.speakerId`);
    requireRef("events", s.occasionId, `${path}.occasionId`);
    s.aboutIds.forEach((id, j) => requireRef("actors", id, `${path}.aboutIds[${j}]`));
  });
  doc.denials.forEach((d, i) => {
    const path = `denials[${i}]`;
    checkSpans(d.evidence, path);
    requireRef("actors", d.denierId, `${path}.denierId`);
    requireRef(d.targetType === "Statement" ? "statements" : "events", d.targetId, `${path}.targetId`);
  });
}

/** Throws SPAN_MISMATCH unless the span says exactly what it claims. */
export function checkSpan(text: string, span: SpanData, path: string): void {
  const { start, end, exact, prefix, suffix } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    throw new ImportError("SPAN_MISMATCH", path, `offsets [${start}, ${end}) are not a span of a ${text.length}-character text`);
  }
  const actual = text.slice(start, end);
  if (actual !== exact) throw new ImportError("SPAN_MISMATCH", path, `text at [${start}, ${end}) is "${actual}", not "${exact}"`);
  if (prefix !== text.slice(Math.max(0, start - CONTEXT), start) || suffix !== text.slice(end, end + CONTEXT)) {
    throw new ImportError("SPAN_MISMATCH", path, `prefix or suffix do not match the ${CONTEXT} characters around the span`);
  }
}

function uniqueIds(records: { id: string }[], collection: string): Set<string> {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id))
      throw new ImportError("INVALID_RECORD", `${collection}[${i}].id`, `"${r.id}" is not a lowercase kebab-case slug`);
    if (seen.has(r.id)) throw new ImportError("DUPLICATE_ID", `${collection}[${i}].id`, `"${r.id}" appears twice`);
    seen.add(r.id);
  });
  return seen;
}
