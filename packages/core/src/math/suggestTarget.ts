import type { Metric } from "../contract/catalog.ts";
import { improvement } from "./improvement.ts";
import { roundForUnit, unitStep } from "./roundForUnit.ts";
import { valueBounds } from "./valueBounds.ts";

/** What a suggested target is computed from. */
export interface SuggestTargetInput {
  /** The value the goal starts from (the baseline or the current value). */
  baseline: number;
  /** The role's `expectedGain` at its maturity level, e.g. 0.15 for 15 %. */
  expectedGain: number;
  metric: Pick<Metric, "unit" | "scale" | "direction">;
}

/**
 * The suggested next target: the baseline improved by the expected gain, rounded for the unit,
 * at least one step better than the baseline (so a zero baseline still gets a goal), and within
 * the unit's bounds. A baseline already at the best possible value is returned unchanged.
 * @example suggestTarget({ baseline: 6, expectedGain: 0.15, metric: hoursDecrease }) // 5
 */
export function suggestTarget({ baseline, expectedGain, metric }: SuggestTargetInput): number {
  const sign = metric.direction === "increase" ? 1 : -1;
  const { min, max } = valueBounds(metric);
  const raw = baseline + sign * Math.abs(baseline) * expectedGain;
  let target = roundForUnit(raw, metric);
  if (improvement(baseline, target, metric.direction) <= 0) {
    target = roundForUnit(baseline + sign * unitStep(metric), metric);
  }
  if (improvement(baseline, target, metric.direction) <= 0) {
    // Rounding could not move it (already at the bound, or off the unit's grid): step exactly.
    target = Math.min(max, Math.max(min, baseline + sign * unitStep(metric)));
  }
  return improvement(baseline, target, metric.direction) > 0 ? target : baseline;
}

/** The due date of a goal started at `startAt` for a metric with a period of `periodDays`. */
export function suggestDueAt(startAt: string, periodDays: number): string {
  return new Date(Date.parse(startAt) + periodDays * 86_400_000).toISOString();
}
