import {
  measurementRequest,
  metricOf,
  newestFirst,
  newMeasurement,
  orThrow,
  readJsonBody,
  readQuery,
  replayMeasurement,
  settleActiveGoal,
} from "@goalpost/backend";
import { CreateMeasurementBody, MeasurementPageQuery } from "@goalpost/core";
import type { Reply, UserRouteContext } from "../http/createRoutes.ts";
import { ownAgreement, settledGoalsOf } from "./access.ts";
import { pageOf } from "./pageOf.ts";

/**
 * `POST /v1/measurements`: 201 with a new measurement; 200 with the stored one when the same id
 * comes again with the same body; 409 when it comes with another body. The source must be the
 * metric's own collection method, and integration data only arrives through ingest.
 */
export async function createMeasurement(context: UserRouteContext): Promise<Reply> {
  const { db, user, now } = context;
  const body = await readJsonBody(context.request, CreateMeasurementBody);
  const agreement = ownAgreement(db, user, body.agreementId);
  const stored = db.measurements.find((m) => m.id === body.id);
  if (stored) {
    const request = db.measurementRequests.get(stored.id) ?? "";
    return {
      status: 200,
      body: orThrow(replayMeasurement({ measurement: stored, request }, body)),
    };
  }
  const measurement = orThrow(
    newMeasurement({ body, agreement, metrics: db.catalog.metrics, userId: user.id, now }),
  );
  // An overdue goal is missed before this measurement can settle it.
  settledGoalsOf(db, [agreement.id], now);
  db.measurements.push(measurement);
  db.measurementRequests.set(measurement.id, measurementRequest(body));
  settleActiveGoal(db.goals, orThrow(metricOf(db.catalog.metrics, agreement)), measurement);
  return { status: 201, body: measurement };
}

/** `GET /v1/agreements/:id/measurements`: newest first, `limit` (default 50) and `cursor`. */
export function listMeasurements(context: UserRouteContext): Reply {
  const { db, user, params, url } = context;
  const agreement = ownAgreement(db, user, params.id ?? "");
  const query = readQuery(url, MeasurementPageQuery);
  const measurements = db.measurements
    .filter((m) => m.agreementId === agreement.id)
    .sort(newestFirst);
  return { status: 200, body: pageOf(agreement.id, measurements, query.limit ?? 50, query.cursor) };
}
