/** A proportion with its interval: `estimate` inside [`low`, `high`], all within 0–1. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/** The standard normal quantile for a two-sided 95 % interval. */
export const z95 = 1.959963984540054;

/**
 * The Wilson score interval for `events` out of `n` (Newcombe 1998, method 3, without continuity
 * correction): unlike the textbook ± 1.96 √(p(1−p)/n) it stays within 0–1 and does not collapse
 * to a point at 0 or n events, which matters for the small groups retention reports have.
 * @example wilsonInterval(81, 263) // { estimate: 0.308, low: 0.2553, high: 0.3662 }
 */
export function wilsonInterval(events: number, n: number, z = z95): Interval {
  if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(events) || events < 0 || events > n) {
    throw new RangeError(`wilsonInterval needs 0 ≤ events ≤ n, n ≥ 1 (got ${events} of ${n})`);
  }
  const p = events / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  return {
    estimate: p,
    // At 0 and n events one end is exactly 0 or 1; the formula's rounding must not move it.
    low: events === 0 ? 0 : (centre - spread) / scale,
    high: events === n ? 1 : (centre + spread) / scale,
  };
}
