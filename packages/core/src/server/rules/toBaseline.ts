import type { Baseline, BaselineInput } from "../../contract/agreement.ts";
import type { Metric } from "../../contract/catalog.ts";
import { checkValue } from "../../math/valueBounds.ts";
import { ApiError } from "../http/ApiError.ts";
import { checkNotFuture } from "./clientTime.ts";

/** A baseline from a client's input: value within the metric's bounds, `at` now by default. */
export function toBaseline(metric: Metric, input: BaselineInput, now: Date): Baseline {
  const problem = checkValue(metric, input.value);
  if (problem) throw ApiError.invalid(["baseline", "value"], problem);
  if (input.at !== undefined) checkNotFuture(["baseline", "at"], input.at, now);
  return {
    value: input.value,
    at: input.at ?? now.toISOString(),
    source: input.source ?? metric.collection,
  };
}
