import { type Goal, type Measurement, type Metric, settleGoal } from "@goalpost/core";
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
  return Object.assign(goal, settleGoal(goal, measurement, metric.direction));
}
