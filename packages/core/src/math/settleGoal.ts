import type { Goal } from "../contract/goal.ts";
import type { Direction } from "../contract/primitives.ts";
import { goalStatusAfter } from "./goalStatus.ts";
import { settleDue } from "./settleDue.ts";

/**
 * The goal after a measurement of its agreement: achieved (closed at the measurement) when it
 * reaches the target within the period; missed (closed at its due date,
 * see {@link settleDue}) when taken after it.
 * Closed goals and goals the measurement does not settle come back unchanged.
 */
export function settleGoal(
  goal: Goal,
  measurement: { value: number; at: string },
  direction: Direction,
): Goal {
  if (goal.status !== "active") return goal;
  const due = settleDue(goal, measurement.at);
  if (due !== goal) return due;
  return goalStatusAfter(goal, measurement, direction) === "achieved"
    ? { ...goal, status: "achieved", achievedAt: measurement.at, closedAt: measurement.at }
    : goal;
}
