import { settleGoal } from "@goalpost/core";
import type { Goal, Measurement, Metric } from "@goalpost/core/contract";

/**
 * Settles the agreement's active goal, in place, after a new measurement, with the core's goal
 * math: a measurement reaching the target achieves it; one taken after the due date finds it
 * missed. Returns the goal it looked at, if any.
 */
export function settleActiveGoal(
  goals: Goal[],
  metric: Pick<Metric, "direction">,
  measurement: Measurement,
): Goal | undefined {
  const goal = goals.find(
    (g) => g.agreementId === measurement.agreementId && g.status === "active",
  );
  if (!goal) return undefined;
  return Object.assign(goal, settleGoal(goal, measurement, metric.direction));
}
