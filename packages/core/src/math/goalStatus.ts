import type { Goal, GoalStatus } from "../contract/goal.ts";
import type { Direction } from "../contract/primitives.ts";
import { isTargetReached } from "./improvement.ts";
import { isOverdue } from "./settleDue.ts";

/**
 * A goal's status once its due date is taken into account: an overdue goal is missed (see
 * {@link isOverdue}). Other statuses are final.
 */
export function goalStatusAt(goal: Pick<Goal, "status" | "dueAt">, now: string): GoalStatus {
  return isOverdue(goal, now) ? "missed" : goal.status;
}

/**
 * A goal's status after a new measurement. Only an active goal changes, and only a measurement
 * taken within the goal's period (from `startAt` to `dueAt`) can achieve it; one taken after
 * `dueAt` finds the goal missed.
 */
export function goalStatusAfter(
  goal: Pick<Goal, "status" | "startAt" | "dueAt" | "target">,
  measurement: { value: number; at: string },
  direction: Direction,
): GoalStatus {
  const status = goalStatusAt(goal, measurement.at);
  if (status !== "active") return status;
  if (Date.parse(measurement.at) < Date.parse(goal.startAt)) return "active";
  return isTargetReached(goal.target, measurement.value, direction) ? "achieved" : "active";
}
