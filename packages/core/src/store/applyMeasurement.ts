import type { Goal } from "../contract/goal.ts";
import type { Direction } from "../contract/primitives.ts";
import { settleGoal } from "../math/settleGoal.ts";

/** The goals after a measurement, settled by the same rule the server applies. */
export function applyMeasurement(
  goals: readonly Goal[],
  measurement: { agreementId: string; value: number; at: string },
  direction: Direction,
): Goal[] {
  return goals.map((goal) =>
    goal.agreementId === measurement.agreementId ? settleGoal(goal, measurement, direction) : goal,
  );
}
