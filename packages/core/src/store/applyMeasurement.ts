import type { Goal } from "../contract/goal.ts";
import type { Direction } from "../contract/primitives.ts";
import { goalStatusAfter } from "../math/goalStatus.ts";

/**
 * The goals after a measurement, by the same rule the server applies: an active goal of the
 * measured agreement whose target is reached becomes achieved.
 */
export function applyMeasurement(
  goals: readonly Goal[],
  measurement: { agreementId: string; value: number; at: string },
  direction: Direction,
): Goal[] {
  return goals.map((goal) => {
    if (goal.agreementId !== measurement.agreementId || goal.status !== "active") return goal;
    const status = goalStatusAfter(goal, measurement, direction);
    return status === "achieved"
      ? { ...goal, status, achievedAt: measurement.at, closedAt: measurement.at }
      : goal;
  });
}
