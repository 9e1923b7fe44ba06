import type { Goal } from "../contract/goal.ts";

/**
 * Whether a goal is overdue at `at`: still active after its due date. The one statement of
 * "an overdue goal is missed"; the server's SQL (`settleOverdue`) is its translation.
 */
export function isOverdue(goal: Pick<Goal, "status" | "dueAt">, at: string | Date): boolean {
  const time = typeof at === "string" ? Date.parse(at) : at.getTime();
  return goal.status === "active" && time > Date.parse(goal.dueAt);
}

/**
 * The goal as it stands at `at`: an overdue goal (see {@link isOverdue}) is missed, closed at its
 * due date; any other goal comes back unchanged (the same object).
 */
export function settleDue(goal: Goal, at: string | Date): Goal {
  return isOverdue(goal, at) ? { ...goal, status: "missed", closedAt: goal.dueAt } : goal;
}
