import type { Metric } from "../contract/catalog.ts";
import type { Measurement } from "../contract/measurement.ts";
import { Problem } from "./Problem.ts";
import { checkValue } from "./valueBounds.ts";

/**
 * Why `userId` may not correct (with `value`) or delete (without) a measurement, or undefined
 * when they may. Only a user's own entries, and only `self` and `scale` ones, are theirs to
 * correct: app and integration data are the product's (forbidden, as is another user's entry).
 * A deleted measurement cannot be corrected (a conflict), and a new value must fit the metric.
 */
export function checkCorrection(
  metric: Pick<Metric, "unit" | "scale">,
  measurement: Pick<Measurement, "id" | "source" | "userId" | "deletedAt">,
  userId: string,
  value?: number,
): Problem | undefined {
  if (measurement.source !== "self" && measurement.source !== "scale") {
    return Problem.forbidden(
      `measurement "${measurement.id}" is ${measurement.source} data, the product's own; only entries typed by a user can be corrected`,
    );
  }
  if (measurement.userId !== userId) {
    return Problem.forbidden(
      `measurement "${measurement.id}" was entered by another user; only its author can correct it`,
    );
  }
  if (measurement.deletedAt !== undefined) {
    return Problem.conflict(`measurement "${measurement.id}" was deleted`);
  }
  const problem = value === undefined ? undefined : checkValue(metric, value);
  return problem ? Problem.invalid(["value"], problem) : undefined;
}
