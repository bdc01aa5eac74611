import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../tables/database.js";
import type { TokenRole } from "../tables/editor.table.js";

/** Who a request speaks for once its token checks out. */
export interface TokenHolder {
  tokenId: string;
  name: string;
  role: TokenRole;
}

export interface TokenSummary extends TokenHolder {
  createdAt: string;
  revokedAt: string | null;
}

/** `clm_<id>_<secret>`: the id finds the row, the secret is checked against its hash in constant time. */
const TOKEN = /^clm_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/**
 * Makes a token for `name` with `role` and returns it: the only time it is ever shown, since only the SHA-256 of
 * its secret is stored. Example: `const { token } = await createToken(db, { name: "newsdesk", role: "editor" })`.
 */
export async function createToken(
  db: Kysely<Database>,
  { name, role }: { name: string; role: TokenRole },
): Promise<TokenSummary & { token: string }> {
  const tokenId = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("base64url");
  const createdAt = new Date().toISOString();
  await db
    .insertInto("apiTokens")
    .values({ id: tokenId, name, role, secretHash: hash(secret), createdAt, revokedAt: null })
    .execute();
  return { tokenId, name, role, createdAt, revokedAt: null, token: `clm_${tokenId}_${secret}` };
}

/** Every token ever made, newest first, without secrets. */
export async function listTokens(db: Kysely<Database>): Promise<TokenSummary[]> {
  const rows = await db
    .selectFrom("apiTokens")
    .select(["id", "name", "role", "createdAt", "revokedAt"])
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .execute();
  return rows.map(({ id, ...row }) => ({ tokenId: id, ...row }));
}

/** Revokes a token from now on; true if there was such a live token. */
export async function revokeToken(db: Kysely<Database>, tokenId: string): Promise<boolean> {
  const result = await db
    .updateTable("apiTokens")
    .set({ revokedAt: new Date().toISOString() })
    .where("id", "=", tokenId)
    .where("revokedAt", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Who a bearer token speaks for; null when it is malformed, unknown or revoked. Read on every request, so revoking takes effect at once. */
export async function verifyToken(db: Kysely<Database>, token: string): Promise<TokenHolder | null> {
  const match = TOKEN.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const row = await db
    .selectFrom("apiTokens")
    .select(["id", "name", "role", "secretHash", "revokedAt"])
    .where("id", "=", match[1])
    .executeTakeFirst();
  if (!row || row.revokedAt != null) return null;
  const given = Buffer.from(hash(match[2]), "hex");
  const stored = Buffer.from(row.secretHash, "hex");
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return null;
  return { tokenId: row.id, name: row.name, role: row.role };
}

function hash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
