import { verifyToken, type Store, type TokenRole } from "@claimline/store";
import type { AuthChecker } from "type-graphql";
import type { Context } from "./context.js";
import { ClaimlineError } from "./errors.js";

/** Who a request speaks for: a token's holder, or an anonymous reader. */
export interface Viewer {
  role: TokenRole;
  /** The token's name, recorded as `createdBy` on what it writes; null when anonymous. */
  name: string | null;
}

export const ANONYMOUS: Viewer = { role: "reader", name: null };

/**
 * The viewer an `Authorization: Bearer …` header names, checked against the stored token hashes on every request
 * (so revoking takes effect at once). No header: an anonymous reader. A token that is malformed, unknown or
 * revoked: UNAUTHENTICATED with HTTP 401, even for a read — the client meant to be someone and is not.
 */
export async function viewerFor(store: Store, authorization: string | undefined): Promise<Viewer> {
  if (authorization == null || authorization === "") return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const holder = match?.[1] ? await verifyToken(store.db, match[1]) : null;
  if (!holder) throw unauthenticated("The bearer token is not valid: it is malformed, unknown or revoked");
  return { role: holder.role, name: holder.name };
}

/**
 * type-graphql's `@Authorized(…roles)` check. Reads are public; a write needs a token with one of the roles:
 * none at all is UNAUTHENTICATED (401), a token without the role is FORBIDDEN (403).
 */
export const authChecker: AuthChecker<Context, TokenRole> = ({ context }, roles) => {
  if (roles.length === 0 || roles.includes(context.viewer.role)) return true;
  if (context.viewer.name == null)
    throw unauthenticated("Writing needs an editor's token: send Authorization: Bearer <token> (npm run token -- create)");
  throw new ClaimlineError(
    "FORBIDDEN",
    `The token "${context.viewer.name}" has the role ${context.viewer.role}; this needs ${roles.join(" or ")}`,
    {
      http: { status: 403 },
    },
  );
};

function unauthenticated(message: string): ClaimlineError {
  return new ClaimlineError("UNAUTHENTICATED", message, {
    http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="claimline"']]) },
  });
}
