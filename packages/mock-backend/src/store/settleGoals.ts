import { goalStatusAt } from "@goalpost/core";
import type { MockDb } from "./MockDb.ts";

/** Marks active goals that are past their due date as missed (closed at their due date). */
export function settleGoals(db: MockDb, now: Date): void {
  const at = now.toISOString();
  for (const goal of db.goals) {
    if (goal.status === "active" && goalStatusAt(goal, at) === "missed") {
      goal.status = "missed";
      goal.closedAt = goal.dueAt;
    }
  }
}
