import { checkValue, limits, type Measurement } from "@goalpost/core";
import { IngestBody, type IngestMeasurement, type IngestResult } from "@goalpost/core/admin";
import type { Reply, RouteContext } from "../http/createRoutes.ts";
import { readJsonBody } from "../http/readJsonBody.ts";
import { applyMeasurement } from "../store/applyMeasurement.ts";
import { canonicalJson } from "../store/canonicalJson.ts";
import type { MockDb } from "../store/MockDb.ts";
import { isFuture } from "./access.ts";

type ItemResult = IngestResult["results"][number];

/** The `userId` of measurements that arrived server-to-server. */
export const ingestUserId = "ingest";

/**
 * `POST /v1/ingest/measurements`: each data point is created, replayed (same id, same body) or
 * rejected with a reason (no agreement in place, wrong source, value out of bounds, id reused).
 */
export async function ingestMeasurements(context: RouteContext): Promise<Reply> {
  const body = await readJsonBody(context.request, IngestBody, limits.maxAdminBodyBytes);
  const results = body.measurements.map((item) => ingest(context.db, item, context.now));
  const reply: IngestResult = { results };
  return { status: 200, body: reply };
}

function ingest(db: MockDb, item: IngestMeasurement, now: Date): ItemResult {
  const request = `ingest:${canonicalJson(item)}`;
  const reject = (code: string, message: string): ItemResult => ({
    id: item.id,
    status: "rejected",
    error: { code, message },
  });
  const stored = db.measurements.find((m) => m.id === item.id);
  if (stored) {
    return db.measurementRequests.get(stored.id) === request
      ? { id: item.id, status: "replayed", measurementId: stored.id }
      : reject("conflict", "this id was already used with another body");
  }
  const agreement = db.agreements.find(
    (a) =>
      a.accountId === item.accountId &&
      a.roleId === item.roleId &&
      a.metricId === item.metricId &&
      a.status === "agreed",
  );
  const metric = db.catalog.metrics.find((m) => m.id === item.metricId);
  if (!agreement || !metric) {
    return reject("not_found", "no agreement in place for this account, role and metric");
  }
  if (item.source !== metric.collection) {
    return reject("invalid", `source must be "${metric.collection}" for this metric`);
  }
  const problem = checkValue(metric, item.value);
  if (problem) return reject("invalid", `value ${problem}`);
  if (isFuture(item.at, now)) return reject("invalid", "at must not be in the future");

  const measurement: Measurement = {
    id: item.id,
    agreementId: agreement.id,
    value: item.value,
    at: item.at,
    source: item.source,
    ...(item.note !== undefined ? { note: item.note } : {}),
    userId: ingestUserId,
  };
  db.measurements.push(measurement);
  db.measurementRequests.set(measurement.id, request);
  applyMeasurement(db, metric, measurement);
  return { id: item.id, status: "created", measurementId: measurement.id };
}
