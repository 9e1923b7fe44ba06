/** Bounds of the retry wait, in milliseconds. */
export interface Backoff {
  /**
   * Ceiling of the wait after the first failure; it doubles with each further failure.
   * @default 1000
   */
  baseMs?: number;
  /**
   * Largest ceiling, however many failures there were.
   * @default 60_000
   */
  maxMs?: number;
}

/**
 * How long to wait before the next try of an entry that has failed `attempts` times: exponential
 * backoff with "equal jitter". The ceiling is `baseMs · 2^(attempts−1)`, capped at `maxMs`, and the
 * wait is a random point in its upper half, so retries of many clients spread out while each
 * still waits at least half the ceiling.
 *
 * @param random a number in [0, 1), as `Math.random` gives
 * @example backoffDelay(3, Math.random) // between 2000 and 4000
 */
export function backoffDelay(
  attempts: number,
  random: () => number,
  backoff: Backoff = {},
): number {
  const { baseMs = 1000, maxMs = 60_000 } = backoff;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  const jitter = Math.min(1, Math.max(0, random()));
  return ceiling / 2 + (jitter * ceiling) / 2;
}
