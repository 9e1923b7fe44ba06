import * as z from "zod/mini";

/** Limits on sizes that the contract enforces everywhere (client, mock backend, server). */
export const limits = {
  idLength: 100,
  nameLength: 200,
  textLength: 2000,
  noteLength: 1000,
  listLength: 50,
  /** Largest magnitude a metric value may have. */
  maxAbsValue: 1e12,
  /** Largest JSON body of an end-user call the servers accept, in bytes. */
  maxBodyBytes: 64 * 1024,
  /** Largest JSON body of a server-to-server call (a catalog, an ingest batch), in bytes. */
  maxAdminBodyBytes: 1024 * 1024,
  /** Largest ingest batch. */
  maxIngestBatch: 500,
} as const;

/** An identifier: 1–100 characters of letters, digits and `. _ : -`. */
export const Id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(limits.idLength),
    z.regex(/^[A-Za-z0-9._:-]+$/, "must be letters, digits or . _ : -"),
  );

/**
 * An ISO 8601 date-time with `Z` or an offset, e.g. `2026-03-01T09:30:00.000Z`.
 * (A pattern rather than `z.iso.datetime`, which costs the browser bundle about 0.7 kB.)
 */
export const IsoDateTime = z
  .string()
  .check(
    z.regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
      "must be an ISO 8601 date-time such as 2026-03-01T09:30:00Z",
    ),
  );

/** A short, non-blank text such as a name or a title. */
export const Name = z
  .string()
  .check(z.trim(), z.minLength(1, "must not be blank"), z.maxLength(limits.nameLength));

/** A longer free text (description, what will change). */
export const Text = z.string().check(z.maxLength(limits.textLength));

/** A finite metric value within the contract's magnitude limit. */
export const MetricValue = z.number().check(z.gte(-limits.maxAbsValue), z.lte(limits.maxAbsValue));

/** The four ways a metric's data is collected. */
export const CollectionMethod = z.enum(["scale", "self", "integration", "app"]);
export type CollectionMethod = z.infer<typeof CollectionMethod>;

/** Whether a bigger or a smaller value is better. */
export const Direction = z.enum(["increase", "decrease"]);
export type Direction = z.infer<typeof Direction>;
