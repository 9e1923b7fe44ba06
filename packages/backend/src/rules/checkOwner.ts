import { Problem } from "@goalpost/core";

/** Whose a record is: the account and the role it belongs to. */
export interface Owner {
  accountId: string;
  roleId: string;
}

/**
 * The record found by id when the user may use it, or why not. Another account's record is not
 * found, exactly as an id that never existed (`owner` undefined); the same account's record of
 * another role is forbidden.
 * @param kind what the record is, for the message ("agreement", "goal")
 * @param owner the record's owner: an agreement, or a goal's agreement
 */
export function checkOwner<T extends Owner>(
  kind: string,
  id: string,
  owner: T | undefined,
  user: Owner,
): T | Problem {
  if (!owner || owner.accountId !== user.accountId) return Problem.notFound(`no ${kind} "${id}"`);
  if (owner.roleId !== user.roleId) {
    return Problem.forbidden(`${kind} "${id}" belongs to the role "${owner.roleId}"`);
  }
  return owner;
}
