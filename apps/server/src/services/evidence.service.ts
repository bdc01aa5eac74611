import { Evidence, Source } from "@claimline/schema";
import type { EvidenceRecordType, SourceRow } from "@claimline/store";
import type { Context } from "../context.js";
import { globalId } from "../ids.js";
import { toPartialDate } from "./partial-date.mapper.js";

/** The spans a record rests on, in the order recorded. */
export async function evidenceOf(ctx: Context, recordType: EvidenceRecordType, slug: string): Promise<Evidence[]> {
  const rows = await ctx.loaders.evidence.load(`${recordType}:${slug}`);
  return rows.map((r) =>
    Object.assign(new Evidence(), {
      sourceId: r.sourceId,
      start: r.spanStart,
      end: r.spanEnd,
      exact: r.exact,
      prefix: r.prefix,
      suffix: r.suffix,
    }),
  );
}

/** A stored source as its GraphQL type. */
export function sourceFromRow(row: SourceRow): Source {
  return Object.assign(new Source(), {
    id: globalId("Source", row.id),
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    publishedAt: toPartialDate(row.publishedAt),
    text: row.text,
    contentHash: row.contentHash,
    note: row.note,
  });
}

/** The source with this slug, or null. */
export async function loadSource(ctx: Context, slug: string): Promise<Source | null> {
  const row = await ctx.loaders.source.load(slug);
  return row ? sourceFromRow(row) : null;
}
