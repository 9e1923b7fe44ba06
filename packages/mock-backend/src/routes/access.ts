import type { Agreement, Goal, Metric, Role } from "@goalpost/core";
import { ApiError } from "../http/ApiError.ts";
import type { MockDb, StoredUser } from "../store/MockDb.ts";

/**
 * The user's agreement with this id. Another account's agreement answers 404 as if it did not
 * exist; one of the same account but another role answers 403.
 */
export function ownAgreement(db: MockDb, user: StoredUser, id: string): Agreement {
  const agreement = db.agreements.find((a) => a.id === id);
  if (!agreement || agreement.accountId !== user.accountId) {
    throw new ApiError(404, `no agreement "${id}"`);
  }
  if (agreement.roleId !== user.roleId) {
    throw new ApiError(403, `agreement "${id}" belongs to the role "${agreement.roleId}"`);
  }
  return agreement;
}

/** The user's goal with this id, with the same 404/403 rules as {@link ownAgreement}. */
export function ownGoal(
  db: MockDb,
  user: StoredUser,
  id: string,
): { goal: Goal; agreement: Agreement } {
  const goal = db.goals.find((g) => g.id === id);
  const agreement = goal && db.agreements.find((a) => a.id === goal.agreementId);
  if (!goal || !agreement || agreement.accountId !== user.accountId) {
    throw new ApiError(404, `no goal "${id}"`);
  }
  if (agreement.roleId !== user.roleId) {
    throw new ApiError(403, `goal "${id}" belongs to the role "${agreement.roleId}"`);
  }
  return { goal, agreement };
}

/** The catalog metric an agreement tracks; 409 when the catalog no longer has it. */
export function metricOf(db: MockDb, agreement: Agreement): Metric {
  const metric = db.catalog.metrics.find((m) => m.id === agreement.metricId);
  if (!metric) {
    throw new ApiError(409, `the metric "${agreement.metricId}" is no longer in the catalog`);
  }
  return metric;
}

/** Checks that a maturity level exists in the role's model (422 otherwise). */
export function checkMaturity(role: Role, level: number | undefined): void {
  if (level !== undefined && !role.maturity.some((m) => m.level === level)) {
    throw ApiError.invalid(
      ["maturityLevel"],
      `must be a level of the role's maturity model (1 to ${role.maturity.length})`,
    );
  }
}

/** Whether an agreement is in place for its metric: agreed (or proposed) and not retired. */
export function isOpen(agreement: Agreement): boolean {
  return agreement.status !== "retired";
}

/** Allowed clock skew for times a client sends, in milliseconds. */
const skewMs = 5 * 60_000;

/** Whether a client-sent time lies in the future, beyond a little clock skew. */
export function isFuture(at: string, now: Date): boolean {
  return Date.parse(at) > now.getTime() + skewMs;
}

/** Checks that a client-sent time is not in the future (422 otherwise). */
export function checkNotFuture(path: (string | number)[], at: string, now: Date): void {
  if (isFuture(at, now)) throw ApiError.invalid(path, "must not be in the future");
}
