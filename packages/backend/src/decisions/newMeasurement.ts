import { checkLoggable, checkMeasurement, Problem } from "@goalpost/core";
import type {
  Agreement,
  CreateMeasurementBody,
  Measurement,
  Metric,
} from "@goalpost/core/contract";
import { canonicalJson } from "../rules/canonicalJson.ts";
import { metricOf } from "../rules/metricOf.ts";

/** What deciding `POST /v1/measurements` needs from the store. */
export interface NewMeasurementInput {
  body: CreateMeasurementBody;
  /** The user's own agreement (ownership already checked). */
  agreement: Agreement;
  metrics: readonly Metric[];
  userId: string;
  now: Date;
}

/** A measurement stored earlier under an id, with the request that created it. */
export interface StoredMeasurement {
  measurement: Measurement;
  /** {@link measurementRequest} of the body that created it (or a seed's or ingest's marker). */
  request: string;
}

/** What a measurement write is remembered by, so a retry can be told from a conflict. */
export function measurementRequest(body: CreateMeasurementBody): string {
  return canonicalJson(body);
}

/**
 * The answer to a measurement id that is already stored: the stored measurement when the same
 * body comes again (an idempotent replay, 200), a conflict when another body reuses the id.
 */
export function replayMeasurement(
  stored: StoredMeasurement,
  body: CreateMeasurementBody,
): Measurement | Problem {
  if (stored.request === measurementRequest(body)) return stored.measurement;
  return Problem.conflict(`the measurement id "${body.id}" was already used with another body`);
}

/**
 * The measurement `POST /v1/measurements` stores under a new id, or why not. The agreement must
 * be agreed on a metric still in the catalog (a conflict otherwise); integration data only
 * arrives through ingest, and the data point must fit the metric (see `checkMeasurement`: source,
 * phase, value, time; each invalid otherwise).
 */
export function newMeasurement(input: NewMeasurementInput): Measurement | Problem {
  const { body, agreement, now } = input;
  const metric = metricOf(input.metrics, agreement);
  if (Problem.is(metric)) return metric;
  const closed = checkLoggable(agreement);
  if (closed) return closed;
  if (metric.collection === "integration") {
    return Problem.invalid(["source"], "integration data arrives server-to-server through ingest");
  }
  const problem = checkMeasurement(metric, body, now);
  if (problem) return problem;
  return {
    id: body.id,
    agreementId: agreement.id,
    value: body.value,
    at: body.at ?? now.toISOString(),
    source: body.source,
    ...(body.phase !== undefined ? { phase: body.phase } : {}),
    ...(body.note !== undefined ? { note: body.note } : {}),
    userId: input.userId,
  };
}
