import type { Metric } from "../contract/catalog.ts";
import { limits } from "../contract/limits.ts";

/** The range a metric's values may take, and whether they are whole numbers. */
export interface ValueBounds {
  min: number;
  max: number;
  integer: boolean;
}

type UnitOf = Pick<Metric, "unit" | "scale">;

/**
 * The values a metric can take: a percentage 0–100, a scale within its points, and
 * counts, money and durations from 0 up.
 */
export function valueBounds(metric: UnitOf): ValueBounds {
  switch (metric.unit.type) {
    case "percent":
      return { min: 0, max: 100, integer: false };
    case "scale": {
      const points = metric.scale?.points ?? [];
      return {
        min: points[0]?.value ?? 1,
        max: points[points.length - 1]?.value ?? 5,
        integer: true,
      };
    }
    default:
      return { min: 0, max: limits.maxAbsValue, integer: false };
  }
}

/** Why `value` cannot be a value of this metric, or undefined when it can. */
export function checkValue(metric: UnitOf, value: number): string | undefined {
  if (!Number.isFinite(value)) return "must be a number";
  const { min, max, integer } = valueBounds(metric);
  if (integer && !Number.isInteger(value)) return `must be a whole number from ${min} to ${max}`;
  if (value < min || value > max) {
    if (max !== limits.maxAbsValue) return `must be between ${min} and ${max}`;
    return value < min ? `must be ${min} or more` : `must be at most ${max}`;
  }
  return undefined;
}
