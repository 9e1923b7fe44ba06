import { checkOwner, type Owner } from "@goalpost/backend";
import type { Agreement, Goal } from "@goalpost/core";
import type { MockDb } from "../store/MockDb.ts";

/**
 * The user's agreement with this id. Another account's agreement answers 404 as if it did not
 * exist; one of the same account but another role answers 403.
 */
export function ownAgreement(db: MockDb, user: Owner, id: string): Agreement {
  const agreement = db.agreements.find((a) => a.id === id);
  checkOwner("agreement", id, agreement, user);
  return agreement;
}

/** The user's goal with this id, with the same 404/403 rules as {@link ownAgreement}. */
export function ownGoal(db: MockDb, user: Owner, id: string): { goal: Goal; agreement: Agreement } {
  const goal = db.goals.find((g) => g.id === id);
  const agreement = goal && db.agreements.find((a) => a.id === goal.agreementId);
  checkOwner("goal", id, agreement, user);
  return { goal: goal as Goal, agreement };
}

/** The latest of an agreement's measurements: by time, the last stored among equal times. */
export function latestMeasurement(db: MockDb, agreementId: string) {
  let latest: MockDb["measurements"][number] | undefined;
  for (const m of db.measurements) {
    if (m.agreementId === agreementId && (!latest || Date.parse(m.at) >= Date.parse(latest.at)))
      latest = m;
  }
  return latest;
}

/** Replaces a stored record by id (decisions return new objects rather than mutating). */
export function replace<T extends { id: string }>(list: T[], record: T): T {
  const index = list.findIndex((item) => item.id === record.id);
  if (index !== -1) list[index] = record;
  return record;
}
