import * as z from "zod/mini";
import { Id, IsoDateTime, limits, MetricValue, Note } from "./primitives.ts";

/** One integration or app data point pushed server-to-server, keyed by account, role and metric. */
export const IngestMeasurement = z.strictObject({
  id: Id,
  accountId: Id,
  roleId: Id,
  metricId: Id,
  value: MetricValue,
  at: IsoDateTime,
  source: z.enum(["integration", "app"]),
  note: z.optional(Note),
});
export type IngestMeasurement = z.infer<typeof IngestMeasurement>;

/** `POST /v1/ingest/measurements` */
export const IngestBody = z.strictObject({
  measurements: z
    .array(IngestMeasurement)
    .check(z.minLength(1), z.maxLength(limits.maxIngestBatch)),
});
export type IngestBody = z.infer<typeof IngestBody>;

/** Outcome of each ingested data point, in the order sent. */
export const IngestResult = z.object({
  results: z.array(
    z.object({
      id: Id,
      status: z.enum(["created", "replayed", "rejected"]),
      /** Why a point was rejected (e.g. no agreement in place, id reused with another body). */
      error: z.optional(z.object({ code: z.string(), message: z.string() })),
      measurementId: z.optional(Id),
    }),
  ),
});
export type IngestResult = z.infer<typeof IngestResult>;
