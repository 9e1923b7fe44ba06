import { ApiError } from "../http/ApiError.ts";

/** Allowed clock skew for times a client sends, in milliseconds. */
const skewMs = 5 * 60_000;

/** Whether a client-sent time lies in the future, beyond a little clock skew. */
export function isFuture(at: string, now: Date): boolean {
  return Date.parse(at) > now.getTime() + skewMs;
}

/** Checks that a client-sent time is not in the future (422 otherwise). */
export function checkNotFuture(path: (string | number)[], at: string, now: Date): void {
  if (isFuture(at, now)) throw ApiError.invalid(path, "must not be in the future");
}

/** Checks that a goal's due date lies in the future (422 otherwise). */
export function checkDue(dueAt: string, now: Date): void {
  if (Date.parse(dueAt) <= now.getTime())
    throw ApiError.invalid(["dueAt"], "must be in the future");
}
