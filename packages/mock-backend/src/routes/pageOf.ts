import { decodeCursor, encodeCursor, newestFirst, orThrow } from "@goalpost/backend";
import type { Measurement, MeasurementPage } from "@goalpost/core";

/** One page of an agreement's measurements sorted by `newestFirst`, after the cursor's position. */
export function pageOf(
  agreementId: string,
  sorted: readonly Measurement[],
  limit: number,
  cursor: string | undefined,
): MeasurementPage {
  let start = 0;
  if (cursor !== undefined) {
    const after = orThrow(decodeCursor(cursor, agreementId));
    const index = sorted.findIndex((m) => newestFirst(m, after) > 0);
    start = index === -1 ? sorted.length : index;
  }
  const items = sorted.slice(start, start + limit);
  const last = items[items.length - 1];
  const more = start + limit < sorted.length;
  return { items, ...(more && last ? { nextCursor: encodeCursor(last) } : {}) };
}
