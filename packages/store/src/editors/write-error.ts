/**
 * Why a write was refused. Nothing of it was stored.
 * - INVALID_RECORD: a field is missing, malformed, of the wrong value or too large, or a span lies outside its text;
 * - INVALID_REFERENCE: an id it refers to exists nowhere;
 * - SPAN_MISMATCH: a span's `exact` (or prefix/suffix) is not what its source says there;
 * - DUPLICATE_ID: the same id twice in one document;
 * - CONFLICT: the id is taken by a record with other content (the same content is an idempotent retry, not an error);
 * - NOT_FOUND: there is no record to update.
 */
export type WriteErrorCode = "SPAN_MISMATCH" | "INVALID_REFERENCE" | "DUPLICATE_ID" | "INVALID_RECORD" | "CONFLICT" | "NOT_FOUND";

/** One problem in a write, where it is: `statements[3].speechAct`. */
export interface WriteIssue {
  path: string;
  message: string;
}

export class WriteError extends Error {
  constructor(
    readonly code: WriteErrorCode,
    /** Where in the input, e.g. `statements[3].evidence[0]`. */
    readonly path: string,
    message: string,
    /** Every problem found, the first of them being `path`'s (shape errors are all reported at once). */
    readonly issues: readonly WriteIssue[] = [{ path, message }],
  ) {
    super(`${path}: ${message}`);
    this.name = "WriteError";
  }
}
