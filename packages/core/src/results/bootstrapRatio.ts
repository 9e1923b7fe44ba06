import { seededRandom } from "./seededRandom.ts";
import type { Interval } from "./wilsonInterval.ts";

/** Options of {@link bootstrapRatio}. */
export interface BootstrapOptions {
  /** Resamples drawn. @default 2000 */
  rounds?: number;
  /** The generator's seed: the same data and seed give the same interval. @default 1 */
  seed?: number;
}

/**
 * A ratio of sums over accounts (NRR: Σ ARR now / Σ ARR then) with a 95 % percentile bootstrap
 * interval (seeded, so reproducible): the accounts are resampled with replacement `rounds` times, and the interval is the
 * 2.5th and 97.5th percentiles of the resampled ratios. Resampling accounts, not dollars, keeps
 * one large account's weight honest: its presence or absence moves the interval as it should.
 * Undefined when the denominator is 0.
 */
export function bootstrapRatio(
  items: readonly { numerator: number; denominator: number }[],
  options: BootstrapOptions = {},
): Interval | undefined {
  const total = (pick: (i: number) => number, count: number) => {
    let numerator = 0;
    let denominator = 0;
    for (let k = 0; k < count; k++) {
      const item = items[pick(k)];
      numerator += item?.numerator ?? 0;
      denominator += item?.denominator ?? 0;
    }
    return denominator > 0 ? numerator / denominator : undefined;
  };
  const estimate = total((k) => k, items.length);
  if (estimate === undefined) return undefined;
  const rounds = options.rounds ?? 2000;
  const random = seededRandom(options.seed ?? 1);
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const ratio = total(() => Math.floor(random() * items.length), items.length);
    if (ratio !== undefined) ratios.push(ratio);
  }
  ratios.sort((x, y) => x - y);
  const quantile = (q: number) =>
    ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))] ?? estimate;
  // Plain percentiles: with a skewed spread they may leave the estimate near one end.
  return { estimate, low: quantile(0.025), high: quantile(0.975) };
}
