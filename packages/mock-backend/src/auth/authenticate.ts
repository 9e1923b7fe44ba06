import type { Role } from "@goalpost/core";
import type { BackendContext } from "../BackendContext.ts";
import { ApiError } from "../http/ApiError.ts";
import type { StoredUser } from "../store/MockDb.ts";
import { adminKeyMatches } from "./adminKeyMatches.ts";
import { verifyToken } from "./verifyToken.ts";

/** The signed-in user of a request, and their role from the catalog. */
export interface Principal {
  user: StoredUser;
  role: Role;
}

/**
 * Checks a user request's bearer token (401 when missing or refused; 403 when it names a role
 * the catalog does not have) and brings the account and user into being on first sight.
 */
export async function authenticateUser(
  request: Request,
  backend: BackendContext,
  now: Date,
): Promise<Principal> {
  const token = bearer(request);
  const verified = await verifyToken(token, backend.signingSecret, now);
  if (!verified.ok) throw new ApiError(401, `the user token was refused: ${verified.reason}`);
  const { sub, acc, role: roleId, name } = verified.claims;
  const role = backend.db.catalog.roles.find((r) => r.id === roleId);
  if (!role) throw new ApiError(403, `the role "${roleId}" is not in the catalog`);

  const { db } = backend;
  const at = now.toISOString();
  if (!db.accounts.some((a) => a.id === acc)) db.accounts.push({ id: acc, createdAt: at });
  let user = db.users.find((u) => u.accountId === acc && u.id === sub);
  if (!user) {
    user = { id: sub, accountId: acc, roleId, createdAt: at };
    db.users.push(user);
  }
  // The vendor's user database is the source of truth: follow the token's role and name.
  user.roleId = roleId;
  if (name !== undefined) user.name = name;
  return { user, role };
}

/** Checks an admin or ingest request's bearer admin key (401 otherwise, user tokens included). */
export async function authenticateAdmin(request: Request, backend: BackendContext): Promise<void> {
  const key = bearer(request);
  if (!(await adminKeyMatches(key, backend.adminKey))) {
    throw new ApiError(401, "admin calls take the admin key as the bearer token, not a user token");
  }
}

function bearer(request: Request): string {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new ApiError(401, "missing Authorization: Bearer <token> header");
  return match[1];
}
