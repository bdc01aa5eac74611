import { FieldChange, Revision } from "@claimline/schema";
import type { RevisionRecord } from "@claimline/store";
import { build } from "./fields.js";

/** A stored revision as its GraphQL type. */
export function revisionFrom(r: RevisionRecord): Revision {
  return build<Revision, never>(Revision, {
    revision: r.revision,
    changedAt: new Date(r.changedAt),
    changedBy: r.changedBy,
    changes: r.changes.map((c) => build<FieldChange, never>(FieldChange, { field: c.field, before: c.before, after: c.after })),
    previous: r.previous,
  });
}
