import type { Metric } from "../contract/catalog.ts";
import { valueBounds } from "./valueBounds.ts";

type UnitOf = Pick<Metric, "unit" | "scale">;

/**
 * The smallest step that reads naturally for a unit: whole counts, percentage points, scale
 * points and minutes; half hours and half days; whole currency units.
 */
export function unitStep(metric: UnitOf): number {
  const { unit } = metric;
  return unit.type === "duration" && unit.of !== "minutes" ? 0.5 : 1;
}

/**
 * Rounds a value the way a person would write it for the unit, within the unit's bounds.
 * Money of 1,000 or more keeps three significant figures (53,075 → 53,100).
 */
export function roundForUnit(value: number, metric: UnitOf): number {
  const { min, max } = valueBounds(metric);
  let rounded: number;
  if (metric.unit.type === "currency" && Math.abs(value) >= 1000) {
    const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
    rounded = Math.round(value / magnitude) * magnitude;
  } else {
    const step = unitStep(metric);
    rounded = Math.round(value / step) * step;
  }
  return Math.min(max, Math.max(min, rounded));
}
