import type { Metric } from "../contract/catalog.ts";
import { checkValue } from "./valueBounds.ts";

/** How far from what was seen a value may go before it is asked about: ten times, or a tenth. */
export const plausibleFactor = 10;

/** How many of the newest entries stand for the agreement's history. */
export const plausibleRecent = 10;

/** What a value is compared with: the agreement's own figures. */
export interface PlausibleHistory {
  baseline?: number | undefined;
  /** Values of the newest entries, newest first (only the first {@link plausibleRecent} count). */
  recent?: readonly number[] | undefined;
  /** The active goal: where it started and its target. */
  goal?: { startValue: number; target: number } | undefined;
}

/** Why a value looks implausible, with the figures for the question ("6 → 1,000 hours?"). */
export interface Implausible {
  value: number;
  /**
   * `range`: outside the catalog's `plausible` range for the metric. `history`: ten times the
   * highest value seen or more, or a tenth of the lowest or less.
   */
  reason: "range" | "history";
  side: "above" | "below";
  /** The limit crossed: the range's `max` or `min`; the highest seen × 10 or the lowest ÷ 10. */
  limit: number;
  /** The latest known value (the newest entry, else the baseline), to ask against. */
  previous?: number;
}

/**
 * Whether a value for `metric` is far outside what it usually is, so that the user is asked once
 * before it is saved (a typo of 1,000 for 10, 99,999,999,999 hours). Advisory: it never refuses.
 * A value is implausible when it lies outside the catalog's `plausible` range, or when it is at
 * least ten times the highest value seen or at most a tenth of the lowest (see docs/catalog.md):
 * - a value the unit cannot take is for `checkValue` to refuse, not for this to question;
 * - a scale metric's points are all plausible, and zero is never implausible by the history
 *   ("none this week" is an answer), nor are values beside a history of zeros (no ratio to take);
 * - without history and range there is nothing to compare with: every value passes;
 * - the test is the same for lower-is-better metrics: a slip of the finger goes either way, and
 *   the goal's target (below the baseline) is part of what was seen.
 * @example checkPlausible(hours, 1000, { baseline: 6 }) // { reason: "history", side: "above", limit: 60, previous: 6, … }
 */
export function checkPlausible(
  metric: Pick<Metric, "unit" | "plausible">,
  value: number,
  history: PlausibleHistory = {},
): Implausible | undefined {
  // A value the unit cannot take is refused (checkValue), not questioned.
  if (metric.unit.type === "scale" || checkValue(metric, value)) return undefined;
  const recent = (history.recent ?? []).slice(0, plausibleRecent);
  const seen = [...recent, history.baseline, history.goal?.startValue, history.goal?.target].filter(
    (v): v is number => v !== undefined && Number.isFinite(v),
  );
  const low = Math.min(...seen);
  const high = Math.max(...seen);
  const previous = recent[0] ?? history.baseline;
  const found = (reason: Implausible["reason"], side: Implausible["side"], limit: number) => ({
    value,
    reason,
    side,
    limit,
    ...(previous === undefined ? {} : { previous }),
  });

  const range = metric.plausible;
  if (range && value > range.max) return found("range", "above", range.max);
  if (range && value < range.min) return found("range", "below", range.min);
  if (!seen.length) return undefined;
  if (high > 0 && value >= high * plausibleFactor)
    return found("history", "above", high * plausibleFactor);
  if (value > 0 && low > 0 && value <= low / plausibleFactor)
    return found("history", "below", low / plausibleFactor);
  return undefined;
}
