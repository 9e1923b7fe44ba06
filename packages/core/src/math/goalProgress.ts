import type { Goal } from "../contract/goal.ts";
import type { Direction } from "../contract/primitives.ts";
import { improvement, isTargetReached } from "./improvement.ts";

/**
 * How far `value` has come from the goal's start towards its target: 0 at the start, 1 at the
 * target. Below 0 is a regression, above 1 an overshoot; neither is clamped.
 * A goal whose target does not improve on its start counts 1 once reached, else 0.
 */
export function goalProgress(
  goal: Pick<Goal, "startValue" | "target">,
  value: number,
  direction: Direction,
): number {
  const span = improvement(goal.startValue, goal.target, direction);
  if (span <= 0) return isTargetReached(goal.target, value, direction) ? 1 : 0;
  const progress = improvement(goal.startValue, value, direction) / span;
  // A vanishingly small span can overflow; clamping keeps the order of values.
  return Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, progress));
}
