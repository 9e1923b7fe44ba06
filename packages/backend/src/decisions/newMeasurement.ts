import { checkValue } from "@goalpost/core";
import type {
  Agreement,
  CreateMeasurementBody,
  Measurement,
  Metric,
} from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";
import { canonicalJson } from "../rules/canonicalJson.ts";
import { checkNotFuture } from "../rules/clientTime.ts";
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
 * body comes again (an idempotent replay, 200), 409 when another body reuses the id.
 */
export function replayMeasurement(
  stored: StoredMeasurement,
  body: CreateMeasurementBody,
): Measurement {
  if (stored.request === measurementRequest(body)) return stored.measurement;
  throw new ApiError(409, `the measurement id "${body.id}" was already used with another body`);
}

/**
 * The measurement `POST /v1/measurements` stores under a new id. The agreement must be agreed
 * (409) on a metric still in the catalog (409); the source must be the metric's collection
 * method, integration data only arriving through ingest (422); `phase` is only for scale metrics
 * (422); the value must fit the metric and the time must not lie in the future (422).
 */
export function newMeasurement(input: NewMeasurementInput): Measurement {
  const { body, agreement, now } = input;
  const metric = metricOf(input.metrics, agreement);
  if (agreement.status !== "agreed") {
    throw new ApiError(
      409,
      `the agreement is ${agreement.status}; progress is logged on agreed metrics`,
    );
  }
  if (metric.collection === "integration") {
    throw ApiError.invalid(["source"], "integration data arrives server-to-server through ingest");
  }
  if (body.source !== metric.collection) {
    throw ApiError.invalid(["source"], `must be "${metric.collection}" for this metric`);
  }
  if (body.phase !== undefined && metric.collection !== "scale") {
    throw ApiError.invalid(["phase"], "is only for scale assessments");
  }
  const problem = checkValue(metric, body.value);
  if (problem) throw ApiError.invalid(["value"], problem);
  if (body.at !== undefined) checkNotFuture(["at"], body.at, now);
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
