import { authenticateUser as verifyUser } from "@goalpost/backend";
import type { Role } from "@goalpost/core";
import type { BackendContext } from "../BackendContext.ts";
import type { StoredUser } from "../store/MockDb.ts";

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
  const { db } = backend;
  const { claims, role } = await verifyUser(request, backend.signingSecret, db.catalog.roles, now, {
    maxLifetimeSeconds: backend.tokenMaxLifetimeSeconds,
  });
  const { sub, acc, name } = claims;
  const at = now.toISOString();
  if (!db.accounts.some((a) => a.id === acc)) db.accounts.push({ id: acc, createdAt: at });
  let user = db.users.find((u) => u.accountId === acc && u.id === sub);
  if (!user) {
    user = { id: sub, accountId: acc, roleId: role.id, createdAt: at };
    db.users.push(user);
  }
  // The vendor's user database is the source of truth: follow the token's role and name.
  user.roleId = role.id;
  if (name !== undefined) user.name = name;
  return { user, role };
}
