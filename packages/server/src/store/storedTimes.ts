/**
 * A client's time as the server stores it: UTC, to the millisecond. The contract's `IsoDateTime`
 * has already refused what the database cannot keep (a day that does not exist, a year outside
 * 1–9999 once in UTC).
 */
export function storableTime(at: string): string {
  return new Date(Date.parse(at)).toISOString();
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
  if (copy.at !== undefined) copy.at = storableTime(copy.at);
  if (copy.dueAt !== undefined) copy.dueAt = storableTime(copy.dueAt);
  if (copy.baseline?.at !== undefined) {
    copy.baseline = { ...copy.baseline, at: storableTime(copy.baseline.at) };
  }
  return copy as T;
}
