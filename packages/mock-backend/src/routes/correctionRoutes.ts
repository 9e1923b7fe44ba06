import { correctMeasurement, metricOf, orThrow } from "@goalpost/backend";
import { settleCorrection } from "@goalpost/core";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import type { MockDb } from "../store/MockDb.ts";
import { emitMeasurement, goalsBefore } from "../webhooks/emit.ts";
import { ownAgreement, ownMeasurement, replace, settledGoalsOf } from "./access.ts";

type Correcting = UserRoute<"updateMeasurement"> | UserRoute<"deleteMeasurement">;

/**
 * `PATCH /v1/measurements/:id` (a body) and `DELETE /v1/measurements/:id` (none): the user's own
 * `self` or `scale` entry corrected or deleted (a tombstone), the correction kept as history, and
 * the agreement's goals settled again (`settleCorrection`). The same request again answers the
 * same and records nothing.
 */
function correct(context: Correcting, body: UserRoute<"updateMeasurement">["body"] | undefined) {
  const { db, user, now, params } = context;
  const { measurement, agreement } = ownMeasurement(db, user, params.id);
  const result = orThrow(
    correctMeasurement({
      measurement,
      agreement,
      metrics: db.catalog.metrics,
      body,
      userId: user.id,
      now,
    }),
  );
  if (!result.correction) return { body: result.measurement };
  const changed = result.measurement;
  if (changed.deletedAt !== undefined) {
    db.measurements = db.measurements.filter((m) => m.id !== changed.id);
    db.tombstones.push(changed);
  } else {
    replace(db.measurements, changed);
  }
  db.corrections.push({ measurementId: changed.id, correction: result.correction });
  const before = goalsBefore(db, agreement.id);
  settleAfter(db, agreement.id, changed.at, orThrow(metricOf(db.catalog.metrics, agreement)), now);
  emitMeasurement(context, "measurement.corrected", changed, agreement, before);
  return { body: changed };
}

/** Settles the agreement's goals again after one of its measurements taken at `at` changed. */
function settleAfter(
  db: MockDb,
  agreementId: string,
  at: string,
  metric: { direction: "increase" | "decrease" },
  now: Date,
): void {
  settledGoalsOf(db, [agreementId], now);
  const live = db.measurements.filter((m) => m.agreementId === agreementId);
  const settled = settleCorrection(db.goals, agreementId, at, live, metric.direction, now);
  settled.forEach((goal, index) => {
    if (goal !== db.goals[index]) db.goals[index] = goal;
  });
}

export function updateMeasurement(
  context: UserRoute<"updateMeasurement">,
): Reply<"updateMeasurement"> {
  return correct(context, context.body);
}

export function deleteMeasurement(
  context: UserRoute<"deleteMeasurement">,
): Reply<"deleteMeasurement"> {
  return correct(context, undefined);
}

/** `GET /v1/measurements/:id/history`: the measurement (a tombstone too) and its corrections. */
export function getMeasurementHistory(
  context: UserRoute<"getMeasurementHistory">,
): Reply<"getMeasurementHistory"> {
  const { db, user, params } = context;
  const { measurement } = ownMeasurement(db, user, params.id);
  const corrections = db.corrections
    .filter((c) => c.measurementId === measurement.id)
    .map((c) => c.correction);
  return { body: { measurement, corrections } };
}

/** `GET /v1/agreements/:id/history`: the agreement and the changes of its level and baseline. */
export function getAgreementHistory(
  context: UserRoute<"getAgreementHistory">,
): Reply<"getAgreementHistory"> {
  const { db, user, params } = context;
  const agreement = ownAgreement(db, user, params.id);
  const changes = db.agreementChanges
    .filter((c) => c.agreementId === agreement.id)
    .map((c) => c.change);
  return { body: { agreement, changes } };
}
