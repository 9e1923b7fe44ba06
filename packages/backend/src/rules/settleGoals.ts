import { settleDue } from "@goalpost/core";
import type { Goal } from "@goalpost/core/contract";

/**
 * Settles goals in place at `now` with the core's rule (an overdue goal is missed, closed at its
 * due date: `settleDue`), for stores that keep goals as mutable records.
 */
export function settleGoals(goals: readonly Goal[], now: Date): void {
  for (const goal of goals) Object.assign(goal, settleDue(goal, now));
}
