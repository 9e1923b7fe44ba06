import { applyCorrection, checkCorrection, checkLoggable, Problem } from "@goalpost/core";
import type {
  Agreement,
  Measurement,
  MeasurementCorrection,
  Metric,
  UpdateMeasurementBody,
} from "@goalpost/core/contract";
import { metricOf } from "../rules/metricOf.ts";

/** What deciding `PATCH` or `DELETE /v1/measurements/:id` needs from the store. */
export interface CorrectMeasurementInput {
  /** The measurement as stored, a tombstone too (its agreement's ownership already checked). */
  measurement: Measurement;
  agreement: Agreement;
  metrics: readonly Metric[];
  /** The correction; undefined for a deletion. */
  body: UpdateMeasurementBody | undefined;
  userId: string;
  now: Date;
}

/** A decided correction: the measurement to answer, and the history record to keep, if any. */
export interface CorrectionResult {
  measurement: Measurement;
  /** Undefined when nothing changed (a retry): nothing to store. */
  correction?: MeasurementCorrection;
}

/**
 * `PATCH /v1/measurements/:id` (with a body) or `DELETE /v1/measurements/:id` (without), or why
 * not. A deletion of a deleted measurement answers its tombstone again, and a correction that
 * changes nothing answers the measurement as it is, so a retried request answers the same and
 * records nothing. Otherwise the rules of `checkCorrection` (the user's own `self` or `scale`
 * entry, not deleted, a value that fits), on an agreed agreement whose metric is in the catalog
 * (a conflict otherwise, as for logging). The store then settles the goals with
 * `settleCorrection`.
 */
export function correctMeasurement(input: CorrectMeasurementInput): CorrectionResult | Problem {
  const { measurement, agreement, body, userId } = input;
  const metric = metricOf(input.metrics, agreement);
  if (Problem.is(metric)) return metric;
  const problem = checkCorrection(metric, measurement, userId, body?.value);
  // Deleting what is deleted already is a retried deletion: its tombstone again.
  if (!body && problem?.kind === "conflict" && measurement.deletedAt !== undefined) {
    return { measurement };
  }
  if (problem) return problem;
  return (
    checkLoggable(agreement) ??
    applyCorrection(measurement, body, input.now.toISOString(), userId) ?? { measurement }
  );
}
