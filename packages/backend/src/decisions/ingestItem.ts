import { checkMeasurement } from "@goalpost/core";
import type {
  Agreement,
  IngestMeasurement,
  IngestResult,
  LatestValue,
  Measurement,
  Metric,
} from "@goalpost/core/contract";
import { canonicalJson } from "../rules/canonicalJson.ts";
import type { StoredMeasurement } from "./newMeasurement.ts";

/** The outcome of one ingested data point. */
export type IngestItemResult = IngestResult["results"][number];

/** The `userId` of measurements that arrived server-to-server. */
export const ingestUserId = "ingest";

/** What an ingested data point is remembered by, so a retry can be told from a conflict. */
export function ingestRequest(item: IngestMeasurement): string {
  return `ingest:${canonicalJson(item)}`;
}

/** What deciding one ingested data point needs from the store. */
export interface IngestItemInput {
  item: IngestMeasurement;
  /** What is stored under the item's id already, if anything. */
  stored: StoredMeasurement | undefined;
  /** The account's agreed agreement on the item's role and metric, if any. */
  agreement: Agreement | undefined;
  metrics: readonly Metric[];
  now: Date;
}

/**
 * Decides one data point of `POST /v1/ingest/measurements`: replayed (same id, same body), or
 * rejected with a reason (id reused with another body, no agreement in place for the account,
 * role and metric, a data point that does not fit the metric: see `checkMeasurement`), or a
 * measurement to create. A point that fits a metric of its role but finds no agreement in place
 * is still rejected (it is no measurement), and kept as the latest value (`keep`) that the
 * role's session offers as a baseline.
 */
export function ingestItem(input: IngestItemInput): {
  result: IngestItemResult;
  create?: Measurement;
  keep?: LatestValue;
} {
  const { item, stored, agreement, now } = input;
  const reject = (code: string, message: string) => ({
    result: { id: item.id, status: "rejected" as const, error: { code, message } },
  });
  if (stored) {
    return stored.request === ingestRequest(item)
      ? { result: { id: item.id, status: "replayed", measurementId: stored.measurement.id } }
      : reject("conflict", "this id was already used with another body");
  }
  const metric = input.metrics.find((m) => m.id === item.metricId);
  const problem = metric && checkMeasurement(metric, item, now);
  if (!agreement || !metric) {
    const missing = "no agreement in place for this account, role and metric";
    if (!metric?.roleIds.includes(item.roleId) || problem) return reject("not_found", missing);
    const { metricId, value, at, source } = item;
    const kept = `${missing}; kept as the latest value, offered as the baseline when it is agreed`;
    return { ...reject("not_found", kept), keep: { metricId, value, at, source } };
  }
  if (problem) return reject(problem.kind, problem.message);
  const create: Measurement = {
    id: item.id,
    agreementId: agreement.id,
    value: item.value,
    at: item.at,
    source: item.source,
    ...(item.note !== undefined ? { note: item.note } : {}),
    userId: ingestUserId,
  };
  return { result: { id: item.id, status: "created", measurementId: create.id }, create };
}
