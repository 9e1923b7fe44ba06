import { type Goal, goalStatusAfter, type Measurement, type Metric } from "@goalpost/core";
import type { MockDb } from "./MockDb.ts";

/**
 * Settles the agreement's active goal after a new measurement, with the core's goal math: a
 * measurement reaching the target achieves it; one taken after the due date finds it missed.
 * Returns the goal it looked at, if any.
 */
export function applyMeasurement(
  db: MockDb,
  metric: Pick<Metric, "direction">,
  measurement: Measurement,
): Goal | undefined {
  const goal = db.goals.find(
    (g) => g.agreementId === measurement.agreementId && g.status === "active",
  );
  if (!goal) return undefined;
  const status = goalStatusAfter(goal, measurement, metric.direction);
  if (status === "achieved") {
    goal.status = "achieved";
    goal.achievedAt = measurement.at;
    goal.closedAt = measurement.at;
  } else if (status === "missed") {
    goal.status = "missed";
    goal.closedAt = goal.dueAt;
  }
  return goal;
}
