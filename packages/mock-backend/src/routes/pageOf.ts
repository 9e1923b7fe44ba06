import type { Measurement, MeasurementPage } from "@goalpost/core";
import { decodeBase64Url, encodeBase64Url } from "../auth/base64url.ts";
import { ApiError } from "../http/ApiError.ts";

/** Sort order of measurement lists: newest first, then by id (descending) for equal times. */
export function newestFirst(a: Measurement, b: Measurement): number {
  return Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * One page of a list sorted by {@link newestFirst}. The cursor is opaque to clients: it encodes
 * the position of the last item returned, so pages stay stable while newer items arrive.
 */
export function pageOf(
  sorted: readonly Measurement[],
  limit: number,
  cursor: string | undefined,
): MeasurementPage {
  let start = 0;
  if (cursor !== undefined) {
    const after = decodeCursor(cursor);
    const index = sorted.findIndex((m) => newestFirst(m, after) > 0);
    start = index === -1 ? sorted.length : index;
  }
  const items = sorted.slice(start, start + limit);
  const last = items[items.length - 1];
  const more = start + limit < sorted.length;
  return { items, ...(more && last ? { nextCursor: encodeCursor(last) } : {}) };
}

function encodeCursor(m: Measurement): string {
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify([m.at, m.id])));
}

function decodeCursor(cursor: string): Measurement {
  const bytes = decodeBase64Url(cursor);
  try {
    const [at, id] = JSON.parse(new TextDecoder().decode(bytes)) as unknown[];
    if (typeof at === "string" && typeof id === "string" && !Number.isNaN(Date.parse(at))) {
      return { at, id, agreementId: "", value: 0, source: "self", userId: "" };
    }
  } catch {
    // fall through to the 422
  }
  throw ApiError.invalid(["cursor"], "is not a cursor this list gave out");
}
