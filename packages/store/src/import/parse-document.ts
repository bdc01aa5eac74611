import type { z } from "zod";
import { sourceDocumentSchema, type SourceDocument } from "./document.schema.js";
import { WriteError, type WriteIssue } from "../editors/write-error.js";

/** At most this many shape problems are reported at once. */
const MAX_ISSUES = 20;

/**
 * Checks a document's shape, enum values and sizes, filling in left-out nullable fields; throws a WriteError
 * (INVALID_RECORD) naming every problem's path, e.g. `statements[3].speechAct: expected one of CLAIM, ADMISSION, …`.
 */
export function parseDocument(input: unknown): SourceDocument {
  return parseInput(sourceDocumentSchema, input);
}

/**
 * Parses `input` with `schema` or throws a WriteError (INVALID_RECORD) naming every problem's path, each under
 * `root` when given (`input.speechAct`). Example: `parseInput(statementPatch, patch, ["input"])`.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, root: readonly PropertyKey[] = []): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, MAX_ISSUES).map((issue) => describeIssue(issue, root));
  const [first] = issues as [WriteIssue, ...WriteIssue[]];
  throw new WriteError("INVALID_RECORD", first.path, first.message, issues);
}

/** `["statements", 3, "speechAct"]` → `statements[3].speechAct`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "") ||
    "(document)"
  );
}

function describeIssue(issue: z.core.$ZodIssue, root: readonly PropertyKey[]): WriteIssue {
  return { path: formatPath([...root, ...issue.path]), message: messageOf(issue) };
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_value":
      return `expected one of ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "too_big":
      return issue.origin === "string" ? `longer than ${issue.maximum} characters` : `more than ${issue.maximum} items`;
    default:
      return issue.message;
  }
}
