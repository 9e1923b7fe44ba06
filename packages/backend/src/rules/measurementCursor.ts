import { Problem } from "@goalpost/core";
import type { Measurement } from "@goalpost/core/contract";
import { Id, IsoDateTime } from "@goalpost/core/contract";
import { decodeBase64Url, encodeBase64Url } from "../base64url.ts";

/** A position in a measurement list: the time and id of the last item a page returned. */
export type MeasurementPosition = Pick<Measurement, "at" | "id">;

/** Sort order of measurement lists: newest first, then by id (descending) for equal times. */
export function newestFirst(a: MeasurementPosition, b: MeasurementPosition): number {
  return Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The opaque cursor of a page that ended at `last`. It encodes a position rather than an
 * offset, so pages stay stable while newer items arrive, and the list it belongs to.
 */
export function encodeCursor(last: Pick<Measurement, "at" | "id" | "agreementId">): string {
  const position = [last.at, last.id, last.agreementId];
  return encodeBase64Url(new TextEncoder().encode(JSON.stringify(position)));
}

/**
 * The position a cursor from {@link encodeCursor} encodes, for the list of `agreementId`'s
 * measurements; invalid for anything else, a cursor of another list included.
 */
export function decodeCursor(cursor: string, agreementId: string): MeasurementPosition | Problem {
  try {
    const bytes = decodeBase64Url(cursor);
    const [at, id, list] = JSON.parse(new TextDecoder().decode(bytes)) as unknown[];
    if (
      IsoDateTime.safeParse(at).success &&
      Id.safeParse(id).success &&
      list === agreementId &&
      typeof at === "string" &&
      typeof id === "string"
    ) {
      return { at, id };
    }
  } catch {
    // fall through to the problem
  }
  return Problem.invalid(["cursor"], "is not a cursor this list gave out");
}
