import type { Goal } from "../contract/goal.ts";
import type { Direction } from "../contract/primitives.ts";
import { goalStatusAfter } from "./goalStatus.ts";

/**
 * The goal after a measurement of its agreement: achieved (closed at the measurement) when it
 * reaches the target within the period; missed (closed at the due date) when taken after it.
 * Closed goals and goals the measurement does not settle come back unchanged.
 */
export function settleGoal(
  goal: Goal,
  measurement: { value: number; at: string },
  direction: Direction,
): Goal {
  const status = goalStatusAfter(goal, measurement, direction);
  if (goal.status !== "active" || status === "active") return goal;
  return status === "achieved"
    ? { ...goal, status, achievedAt: measurement.at, closedAt: measurement.at }
    : { ...goal, status, closedAt: goal.dueAt };
}
