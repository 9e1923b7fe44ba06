import { checkOwner, type Owner, orThrow, settleGoals } from "@goalpost/backend";
import type { Agreement, Goal, Measurement } from "@goalpost/core";
import type { MockDb } from "../store/MockDb.ts";

/**
 * The user's agreement with this id. Another account's agreement answers 404 as if it did not
 * exist; one of the same account but another role answers 403.
 */
export function ownAgreement(db: MockDb, user: Owner, id: string): Agreement {
  return orThrow(
    checkOwner(
      "agreement",
      id,
      db.agreements.find((a) => a.id === id),
      user,
    ),
  );
}

/**
 * The user's goal with this id, settled at `now` (see {@link settledGoalsOf}), with the same
 * 404/403 rules as {@link ownAgreement}.
 */
export function ownGoal(
  db: MockDb,
  user: Owner,
  id: string,
  now: Date,
): { goal: Goal; agreement: Agreement } {
  const goal = db.goals.find((g) => g.id === id);
  const found = goal && db.agreements.find((a) => a.id === goal.agreementId);
  const agreement = orThrow(checkOwner("goal", id, found, user));
  settledGoalsOf(db, [agreement.id], now);
  return { goal: goal as Goal, agreement };
}

/**
 * The goals of these agreements, each settled in place at `now` first (an overdue goal is missed).
 * The mock settles the goals a request reads or touches, as the server does, rather than all.
 */
export function settledGoalsOf(db: MockDb, agreementIds: Iterable<string>, now: Date): Goal[] {
  const ids = new Set(agreementIds);
  const goals = db.goals.filter((g) => ids.has(g.agreementId));
  settleGoals(goals, now);
  return goals;
}

/** The measurement stored under an id, a deleted one (a tombstone) too. */
export function storedMeasurement(db: MockDb, id: string): Measurement | undefined {
  return db.measurements.find((m) => m.id === id) ?? db.tombstones.find((m) => m.id === id);
}

/**
 * The measurement with this id (a tombstone too) and its agreement, with the same 404/403 rules as
 * {@link ownAgreement}: another account's measurement is not found, exactly as one that never was.
 */
export function ownMeasurement(
  db: MockDb,
  user: Owner,
  id: string,
): { measurement: Measurement; agreement: Agreement } {
  const measurement = storedMeasurement(db, id);
  const found = measurement && db.agreements.find((a) => a.id === measurement.agreementId);
  const agreement = orThrow(checkOwner("measurement", id, found, user));
  return { measurement: measurement as Measurement, agreement };
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
