import type { StorageFault } from "@claimline/store";
import { GraphQLError } from "graphql";

/** Every `extensions.code` Claimline answers with; the README documents each. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "SPAN_MISMATCH"
  | "CONFLICT"
  | "QUERY_TOO_COMPLEX"
  | "RATE_LIMITED"
  | "TIMEOUT"
  | "UNAVAILABLE"
  | "BAD_REQUEST"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "PAYLOAD_TOO_LARGE"
  | "INTERNAL";

/** A GraphQL error that names its code. Example: `throw new ClaimlineError("NOT_FOUND", 'No actor "Person:x"')`. */
export class ClaimlineError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "ClaimlineError";
  }
}

export const badInput = (message: string, extensions?: Record<string, unknown>) =>
  new ClaimlineError("BAD_USER_INPUT", message, extensions);
export const notFound = (message: string) => new ClaimlineError("NOT_FOUND", message);
export const unavailable = () =>
  new ClaimlineError("UNAVAILABLE", "The database cannot be reached at the moment; try again in a few seconds");
export const storageRefused = (fault: StorageFault) =>
  new ClaimlineError(
    "UNAVAILABLE",
    fault === "disk full"
      ? "The database's disk is full: nothing of this write was stored; try again once space has been freed"
      : "The database is read-only: nothing of this write was stored; try again once it is writable",
  );
export const timedOut = (timeoutMs: number) =>
  new ClaimlineError("TIMEOUT", `The request ran longer than its ${timeoutMs} ms deadline and was stopped: ask for less`);
