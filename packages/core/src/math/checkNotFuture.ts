import { Problem } from "./Problem.ts";

/** How far ahead of `now` a client-sent time may lie (clock skew), in milliseconds. */
export const clockSkewMs = 5 * 60_000;

/** Whether a client-sent time lies in the future, beyond a little clock skew. */
export function isFuture(at: string, now: Date): boolean {
  return Date.parse(at) > now.getTime() + clockSkewMs;
}

/**
 * Why a client-sent time cannot be taken, or undefined when it can: a measurement's or a
 * baseline's time must not lie in the future (beyond {@link clockSkewMs}).
 * @param path where the time is in the input, e.g. `["baseline", "at"]`
 */
export function checkNotFuture(
  path: (string | number)[],
  at: string,
  now: Date,
): Problem | undefined {
  return isFuture(at, now) ? Problem.invalid(path, "must not be in the future") : undefined;
}
