import type { Selectable } from "kysely";

export const TOKEN_ROLES = ["reader", "editor", "admin"] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** An API token: only the SHA-256 of its secret is kept, so the token itself is shown once and never again. */
export interface ApiTokenTable {
  id: string;
  /** Who or what holds it, e.g. "newsdesk-importer"; recorded as `createdBy` on what it writes. */
  name: string;
  role: TokenRole;
  /** SHA-256 of the secret part, hex. */
  secretHash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** One update of a record: who, when, what changed, and the whole version it replaced. */
export interface RevisionTable {
  /** The record's global id, e.g. `Statement:trump-admits-direct-conversations`. */
  recordKey: string;
  /** 2 for the first update: revision 1 is the record as created. */
  revision: number;
  changedAt: string;
  changedBy: string;
  /** JSON array of `{ field, before, after }`. */
  changes: string;
  /** JSON of the version this revision replaced. */
  previous: string;
}

export type ApiTokenRow = Selectable<ApiTokenTable>;
export type RevisionRow = Selectable<RevisionTable>;
