export type ImportErrorCode = "SPAN_MISMATCH" | "INVALID_REFERENCE" | "DUPLICATE_ID" | "INVALID_RECORD";

/** Why a document was refused, and where in it: nothing of it was stored. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    /** Where in the document, e.g. `statements[3].evidence[0]`. */
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "ImportError";
  }
}
