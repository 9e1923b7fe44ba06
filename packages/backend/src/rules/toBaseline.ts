import { checkValue } from "@goalpost/core";
import type { Baseline, BaselineInput, Metric } from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";
import { checkNotFuture } from "./clientTime.ts";

/**
 * A baseline from a client's input: value within the metric's bounds, `at` now by default, and a
 * source that fits the metric: its own collection method, or the user's own figure ("self") for
 * an integration or app metric whose data has not arrived yet.
 */
export function toBaseline(metric: Metric, input: BaselineInput, now: Date): Baseline {
  const problem = checkValue(metric, input.value);
  if (problem) throw ApiError.invalid(["baseline", "value"], problem);
  const { source = metric.collection } = input;
  const automatic = metric.collection === "integration" || metric.collection === "app";
  if (source !== metric.collection && !(automatic && source === "self")) {
    const allowed = automatic ? `"${metric.collection}" or "self"` : `"${metric.collection}"`;
    throw ApiError.invalid(["baseline", "source"], `must be ${allowed} for this metric`);
  }
  if (input.at !== undefined) checkNotFuture(["baseline", "at"], input.at, now);
  return {
    value: input.value,
    at: input.at ?? now.toISOString(),
    source,
  };
}
