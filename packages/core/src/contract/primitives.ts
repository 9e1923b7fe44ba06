import * as z from "zod/mini";
import { limits } from "./limits.ts";
import { storable } from "./storable.ts";

export { limits } from "./limits.ts";

/** An identifier: 1–100 characters of letters, digits and `. _ : -`. */
export const Id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(limits.idLength),
    z.regex(/^[A-Za-z0-9._:-]+$/, "must be letters, digits or . _ : -"),
  );

const isoDateTime =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the instants every store can keep. */
const firstTime = -62_135_596_800_000;
const lastTime = 253_402_300_799_999;

/**
 * Whether a date-time that has the pattern names a day that exists (no 30 February) and an
 * instant within the years 1–9999 once in UTC.
 */
function isRealTime(value: string): boolean {
  if (!isoDateTime.test(value)) return true; // the pattern's own message says what is wrong
  const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const time = Date.parse(value);
  return date.getUTCDate() === day && time >= firstTime && time <= lastTime;
}

/**
 * An ISO 8601 date-time with `Z` or an offset, e.g. `2026-03-01T09:30:00.000Z`, on a day that
 * exists, within the years 1–9999 in UTC.
 * (A pattern rather than `z.iso.datetime`, which costs the browser bundle about 0.7 kB.)
 */
export const IsoDateTime = z
  .string()
  .check(
    z.regex(isoDateTime, "must be an ISO 8601 date-time such as 2026-03-01T09:30:00Z"),
    z.refine(isRealTime, "must be a real date and time between the years 1 and 9999"),
  );

/** A short, non-blank text such as a name or a title. */
export const Name = z
  .string()
  .check(z.trim(), z.minLength(1, "must not be blank"), z.maxLength(limits.nameLength), storable());

/** A longer free text (description, what will change). */
export const Text = z.string().check(z.maxLength(limits.textLength), storable());

/** A note on a data point. */
export const Note = z.string().check(z.maxLength(limits.noteLength), storable());

/** A finite metric value within the contract's magnitude limit. */
export const MetricValue = z.number().check(z.gte(-limits.maxAbsValue), z.lte(limits.maxAbsValue));

/** The four ways a metric's data is collected. */
export const CollectionMethod = z.enum(["scale", "self", "integration", "app"]);
export type CollectionMethod = z.infer<typeof CollectionMethod>;

/** Whether a bigger or a smaller value is better. */
export const Direction = z.enum(["increase", "decrease"]);
export type Direction = z.infer<typeof Direction>;
