import { ApiError } from "@goalpost/core/server";

const earliest = Date.parse("0001-01-01T00:00:00.000Z");
const latest = Date.parse("9999-12-31T23:59:59.999Z");

/**
 * A client's time as the server stores it: UTC, to the millisecond. Undefined for a time the
 * database cannot keep (before year 1 or after 9999 once in UTC), which the contract's pattern
 * alone lets through.
 */
export function storableTime(at: string): string | undefined {
  const ms = Date.parse(at);
  return ms >= earliest && ms <= latest ? new Date(ms).toISOString() : undefined;
}

/** {@link storableTime}, or a 422 naming the field. */
export function toStoredTime(path: string[], at: string): string {
  const stored = storableTime(at);
  if (stored === undefined) throw ApiError.invalid(path, "must lie between the years 1 and 9999");
  return stored;
}

interface WithTimes {
  at?: string | undefined;
  dueAt?: string | undefined;
  baseline?: { at?: string | undefined } | undefined;
}

/**
 * A request body with its client-sent times as the server stores them, so that what a write
 * answers is exactly what later reads show. Replays are still compared on the body as sent.
 */
export function storedTimes<T extends WithTimes>(body: T): T {
  const copy: WithTimes = { ...body };
  if (copy.at !== undefined) copy.at = toStoredTime(["at"], copy.at);
  if (copy.dueAt !== undefined) copy.dueAt = toStoredTime(["dueAt"], copy.dueAt);
  if (copy.baseline?.at !== undefined) {
    copy.baseline = { ...copy.baseline, at: toStoredTime(["baseline", "at"], copy.baseline.at) };
  }
  return copy as T;
}
