import type { Direction } from "../contract/primitives.ts";
import type { Gain } from "../contract/reports.ts";
import { improvement } from "./improvement.ts";

/**
 * Gain since baseline, direction-aware: positive is an improvement, negative a regression.
 * `relative` is the gain as a fraction of the baseline's size, and null for a zero baseline
 * (there is no meaningful percentage of nothing).
 * `absolute` is finite for finite inputs within the contract's value limits.
 * @example gainSinceBaseline(6, 4.5, "decrease") // { absolute: 1.5, relative: 0.25 }
 */
export function gainSinceBaseline(baseline: number, current: number, direction: Direction): Gain {
  const absolute = improvement(baseline, current, direction);
  const relative = absolute / Math.abs(baseline);
  // A zero (or vanishingly small) baseline has no meaningful relative gain.
  return { absolute, relative: Number.isFinite(relative) ? relative : null };
}
