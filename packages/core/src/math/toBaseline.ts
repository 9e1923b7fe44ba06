import type { Baseline, BaselineInput } from "../contract/agreement.ts";
import type { Metric } from "../contract/catalog.ts";
import { checkNotFuture } from "./checkNotFuture.ts";
import { Problem } from "./Problem.ts";
import { checkValue } from "./valueBounds.ts";

/**
 * A baseline from a client's input, or why it cannot be one: the value within the metric's
 * bounds, `at` now by default and not in the future, and a source that fits the metric: its own
 * collection method, or the user's own figure ("self") for an integration or app metric. A value
 * sent without a source was typed by the user, so it is labelled by them: `self` (`scale` for a
 * scale metric), never the product's `app` or `integration`.
 */
export function toBaseline(
  metric: Pick<Metric, "unit" | "scale" | "collection">,
  input: BaselineInput,
  now: Date,
): Baseline | Problem {
  const problem = checkValue(metric, input.value);
  if (problem) return Problem.invalid(["baseline", "value"], problem);
  const { source = metric.collection === "scale" ? "scale" : "self" } = input;
  const automatic = metric.collection === "integration" || metric.collection === "app";
  if (source !== metric.collection && !(automatic && source === "self")) {
    const allowed = automatic ? `"${metric.collection}" or "self"` : `"${metric.collection}"`;
    return Problem.invalid(["baseline", "source"], `must be ${allowed} for this metric`);
  }
  const late =
    input.at === undefined ? undefined : checkNotFuture(["baseline", "at"], input.at, now);
  if (late) return late;
  return { value: input.value, at: input.at ?? now.toISOString(), source };
}
