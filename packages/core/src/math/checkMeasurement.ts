import type { Metric } from "../contract/catalog.ts";
import type { CollectionMethod } from "../contract/primitives.ts";
import { checkNotFuture } from "./checkNotFuture.ts";
import { Problem } from "./Problem.ts";
import { checkValue } from "./valueBounds.ts";

/** What {@link checkMeasurement} looks at in a data point. */
export interface MeasurementPoint {
  source: CollectionMethod;
  value: number;
  phase?: "start" | "end" | undefined;
  /** When it was taken; absent means now. */
  at?: string | undefined;
}

/**
 * Why a data point cannot be a measurement of the metric, or undefined when it can: its source is
 * the metric's collection method, `phase` is only for scale metrics, the value fits the metric and
 * the time does not lie in the future.
 */
export function checkMeasurement(
  metric: Pick<Metric, "collection" | "unit" | "scale">,
  point: MeasurementPoint,
  now: Date,
): Problem | undefined {
  if (point.source !== metric.collection) {
    return Problem.invalid(["source"], `must be "${metric.collection}" for this metric`);
  }
  if (point.phase !== undefined && metric.collection !== "scale") {
    return Problem.invalid(["phase"], "is only for scale assessments");
  }
  const problem = checkValue(metric, point.value);
  if (problem) return Problem.invalid(["value"], problem);
  return point.at === undefined ? undefined : checkNotFuture(["at"], point.at, now);
}
