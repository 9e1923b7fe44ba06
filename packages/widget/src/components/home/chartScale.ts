/** The value axis of a history chart: its range and the round values marked on it. */
export interface ChartScale {
  low: number;
  high: number;
  /** Round values from `low` to `high`, three to six of them. */
  ticks: number[];
}

/** Half the values are at most this one (the mean of the middle two for an even count). */
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** A multiple of a step as it is written: 0.30000000000000004 → 0.3 (the ends and ticks alike). */
const tidy = (value: number) => Number(value.toPrecision(12));

/** The smallest of 1, 2, 5 × 10ⁿ that is at least `raw`. */
const roundStep = (raw: number) => {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * magnitude >= raw * (1 - 1e-9)) ?? 10) * magnitude;
};

/**
 * A value axis that one outlier does not flatten: it spans the bulk of the points (those within
 * six robust spreads of their median, the spread at least half the median's size and the gap
 * from baseline to target), always the baseline and the target, rounded out to round ticks and
 * kept within the unit's bounds. Points beyond it are for the chart to draw at its edge as off
 * the scale. A scale metric's axis is its own points.
 * @example chartScale([4, 5, 6, 1000], [4, 7], { min: 0, max: 1e12 }) // { low: 4, high: 7, … }
 */
export function chartScale(
  values: readonly number[],
  fixed: readonly number[],
  bounds: { min: number; max: number },
  scalePoints?: readonly number[],
): ChartScale {
  if (scalePoints?.length) {
    return { low: bounds.min, high: bounds.max, ticks: [...scalePoints] };
  }
  const all = [...values, ...fixed];
  const middle = median(all);
  const deviation = median(all.map((v) => Math.abs(v - middle))) * 1.4826;
  const gap = fixed.length ? Math.max(...fixed) - Math.min(...fixed) : 0;
  const spread = Math.max(deviation, gap, Math.abs(middle) / 2, Number.MIN_VALUE);
  const bulk = all.filter((v) => Math.abs(v - middle) <= 6 * spread);
  let low = Math.min(...bulk, ...fixed);
  let high = Math.max(...bulk, ...fixed);
  if (high - low <= Math.abs(high) * 1e-9) {
    // One value only: a little room around it.
    const room = Math.abs(high) / 10 || 1;
    low -= room;
    high += room;
  }
  const step = roundStep((high - low) / 4);
  low = Math.max(bounds.min, tidy(Math.floor(low / step + 1e-9) * step));
  high = Math.min(bounds.max, tidy(Math.ceil(high / step - 1e-9) * step));
  const ticks: number[] = [];
  for (let i = Math.ceil(low / step - 1e-9); i * step <= high + step * 1e-9; i++) {
    ticks.push(tidy(i * step));
  }
  return { low, high, ticks };
}
