import { Evidence, Source } from "@claimline/schema";
import type { EvidenceRow, SourceRecord } from "@claimline/store";
import { audit, build } from "./fields.js";
import { partialDateFrom } from "./partial-date.mapper.js";

/** A stored source as its GraphQL type. */
export function sourceFrom(r: SourceRecord): Source {
  return build<Source, never>(Source, {
    slug: r.id,
    ...audit(r),
    title: r.title,
    publisher: r.publisher,
    url: r.url,
    publishedAt: partialDateFrom(r.publishedAt),
    text: r.text,
    contentHash: r.contentHash,
    note: r.note,
  });
}

/** A stored evidence span as its GraphQL type; `source` resolves through a loader. */
export function evidenceFrom(r: EvidenceRow): Evidence {
  return build<Evidence, "source">(Evidence, {
    sourceId: r.sourceId,
    start: r.spanStart,
    end: r.spanEnd,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
  });
}
