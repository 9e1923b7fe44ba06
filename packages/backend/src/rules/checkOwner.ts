import { ApiError } from "../http/ApiError.ts";

/** Whose a record is: the account and the role it belongs to. */
export interface Owner {
  accountId: string;
  roleId: string;
}

/**
 * Checks that a user may use a record found by id. Another account's record answers 404,
 * exactly as an id that never existed (`owner` undefined); the same account's record of
 * another role answers 403.
 * @param kind what the record is, for the message ("agreement", "goal")
 * @param owner the record's owner: an agreement, or a goal's agreement
 */
export function checkOwner(
  kind: string,
  id: string,
  owner: Owner | undefined,
  user: Owner,
): asserts owner is Owner {
  if (!owner || owner.accountId !== user.accountId) throw new ApiError(404, `no ${kind} "${id}"`);
  if (owner.roleId !== user.roleId) {
    throw new ApiError(403, `${kind} "${id}" belongs to the role "${owner.roleId}"`);
  }
}
