import { goalStatusAt } from "@goalpost/core";
import type { Goal } from "@goalpost/core/contract";

/**
 * The goal as it stands at `now`: an active goal past its due date is missed, closed at the due
 * date. Stores apply this before they use or show a goal, so an overdue goal never reads active.
 */
export function settleDue(goal: Goal, now: Date): Goal {
  if (goal.status !== "active" || goalStatusAt(goal, now.toISOString()) !== "missed") return goal;
  return { ...goal, status: "missed", closedAt: goal.dueAt };
}
