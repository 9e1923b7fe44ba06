import {
  measurementRequest,
  metricOf,
  newestFirst,
  newMeasurement,
  orThrow,
  replayMeasurement,
  settleActiveGoal,
} from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { emitMeasurement, goalsBefore } from "../webhooks/emit.ts";
import { ownAgreement, settledGoalsOf, storedMeasurement } from "./access.ts";
import { pageOf } from "./pageOf.ts";

/**
 * `POST /v1/measurements`: 201 with a new measurement; 200 with the stored one when the same id
 * comes again with the same body; 409 when it comes with another body. The source must be the
 * metric's own collection method, and integration data only arrives through ingest.
 */
export function createMeasurement(
  context: UserRoute<"createMeasurement">,
): Reply<"createMeasurement"> {
  const { db, user, now, body } = context;
  const agreement = ownAgreement(db, user, body.agreementId);
  // A deleted measurement answers a replay with its tombstone: it does not come back.
  const stored = storedMeasurement(db, body.id);
  if (stored) {
    const request = db.measurementRequests.get(stored.id) ?? "";
    return {
      body: orThrow(replayMeasurement({ measurement: stored, request }, body)),
      replayed: true,
    };
  }
  const measurement = orThrow(
    newMeasurement({ body, agreement, metrics: db.catalog.metrics, userId: user.id, now }),
  );
  // An overdue goal is missed before this measurement can settle it.
  settledGoalsOf(db, [agreement.id], now);
  db.measurements.push(measurement);
  db.measurementRequests.set(measurement.id, measurementRequest(body));
  const before = goalsBefore(db, agreement.id);
  settleActiveGoal(db.goals, orThrow(metricOf(db.catalog.metrics, agreement)), measurement);
  emitMeasurement(context, "measurement.logged", measurement, agreement, before);
  return { body: measurement };
}

/** `GET /v1/agreements/:id/measurements`: newest first, `limit` (default 50) and `cursor`. */
export function listMeasurements(
  context: UserRoute<"listMeasurements">,
): Reply<"listMeasurements"> {
  const { db, user, params, query } = context;
  const agreement = ownAgreement(db, user, params.id);
  const measurements = db.measurements
    .filter((m) => m.agreementId === agreement.id)
    .sort(newestFirst);
  return { body: pageOf(agreement.id, measurements, query.limit ?? 50, query.cursor) };
}
