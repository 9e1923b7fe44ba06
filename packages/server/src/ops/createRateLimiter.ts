/** The outcome of asking for one request's worth of a user's allowance. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/** A per-key request allowance. */
export interface RateLimiter {
  take(key: string, now: number): RateDecision;
}

/**
 * A token bucket per key: `perMinute` requests a minute, refilled continuously, with bursts up
 * to a minute's worth. In memory, per server instance: behind a load balancer each instance
 * limits on its own. Buckets that have filled up again are forgotten, so memory follows the
 * users active in the last minute. `perMinute` 0 allows everything.
 */
export function createRateLimiter(perMinute: number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  let lastSweep = 0;
  return {
    take(key, now) {
      if (perMinute === 0) return { ok: true };
      if (now - lastSweep > 60_000) {
        lastSweep = now;
        for (const [k, b] of buckets)
          if (b.tokens + (now - b.at) * perMs >= perMinute) buckets.delete(k);
      }
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: now };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      };
    },
  };
}
