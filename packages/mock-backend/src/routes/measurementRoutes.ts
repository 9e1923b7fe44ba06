import {
  CreateMeasurementBody,
  checkValue,
  type Measurement,
  MeasurementPageQuery,
} from "@goalpost/core";
import { ApiError } from "../http/ApiError.ts";
import type { Reply, UserRouteContext } from "../http/createRoutes.ts";
import { readJsonBody } from "../http/readJsonBody.ts";
import { readQuery } from "../http/readQuery.ts";
import { applyMeasurement } from "../store/applyMeasurement.ts";
import { canonicalJson } from "../store/canonicalJson.ts";
import { checkNotFuture, metricOf, ownAgreement } from "./access.ts";
import { newestFirst, pageOf } from "./pageOf.ts";

/**
 * `POST /v1/measurements`: 201 with a new measurement; 200 with the stored one when the same id
 * comes again with the same body; 409 when it comes with another body. The source must be the
 * metric's own collection method, and integration data only arrives through ingest.
 */
export async function createMeasurement(context: UserRouteContext): Promise<Reply> {
  const { db, user, now } = context;
  const body = await readJsonBody(context.request, CreateMeasurementBody);
  const agreement = ownAgreement(db, user, body.agreementId);
  const request = canonicalJson(body);
  const stored = db.measurements.find((m) => m.id === body.id);
  if (stored) {
    if (db.measurementRequests.get(stored.id) === request) return { status: 200, body: stored };
    throw new ApiError(409, `the measurement id "${body.id}" was already used with another body`);
  }

  const metric = metricOf(db, agreement);
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

  const measurement: Measurement = {
    id: body.id,
    agreementId: agreement.id,
    value: body.value,
    at: body.at ?? now.toISOString(),
    source: body.source,
    ...(body.phase !== undefined ? { phase: body.phase } : {}),
    ...(body.note !== undefined ? { note: body.note } : {}),
    userId: user.id,
  };
  db.measurements.push(measurement);
  db.measurementRequests.set(measurement.id, request);
  applyMeasurement(db, metric, measurement);
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
  return { status: 200, body: pageOf(measurements, query.limit ?? 50, query.cursor) };
}
