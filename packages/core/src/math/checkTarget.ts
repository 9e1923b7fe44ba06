import type { Metric } from "../contract/catalog.ts";
import { improvement } from "./improvement.ts";
import { checkValue } from "./valueBounds.ts";

/**
 * Why `target` cannot be the next goal from `startValue`, or undefined when it can: it must be
 * a valid value of the metric and better than the start in the metric's direction.
 */
export function checkTarget(
  metric: Pick<Metric, "unit" | "scale" | "direction">,
  startValue: number,
  target: number,
): string | undefined {
  const problem = checkValue(metric, target);
  if (problem) return problem;
  if (improvement(startValue, target, metric.direction) <= 0) {
    return metric.direction === "increase"
      ? `must be above the current value ${startValue} (higher is better)`
      : `must be below the current value ${startValue} (lower is better)`;
  }
  return undefined;
}
