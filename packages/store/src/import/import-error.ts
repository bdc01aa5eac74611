export type ImportErrorCode = "SPAN_MISMATCH" | "INVALID_REFERENCE" | "DUPLICATE_ID" | "INVALID_RECORD";

/** One problem in a document, where it is: `statements[3].speechAct`. */
export interface DocumentIssue {
  path: string;
  message: string;
}

/** Why a document was refused, and where in it: nothing of it was stored. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** Where in the document, e.g. `statements[3].evidence[0]`. */
    readonly path: string,
    message: string,
    /** Every problem found, the first of them being `path`'s (shape errors are all reported at once). */
    readonly issues: readonly DocumentIssue[] = [{ path, message }],
  ) {
    super(`${path}: ${message}`);
    this.name = "ImportError";
  }
}
