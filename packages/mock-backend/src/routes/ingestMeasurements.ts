import { ingestItem, ingestRequest, settleActiveGoal } from "@goalpost/backend";
import type { IngestResult } from "@goalpost/core/admin";
import type { LatestValue } from "@goalpost/core/contract";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import { emitMeasurement, goalsBefore } from "../webhooks/emit.ts";
import { settledGoalsOf, storedMeasurement } from "./access.ts";

/**
 * `POST /v1/ingest/measurements`: each data point is created, replayed (same id, same body) or
 * rejected with a reason (no agreement in place, wrong source, value out of bounds, id reused).
 * A fitting point with no agreement in place is kept as the latest value the session offers.
 */
export function ingestMeasurements(
  context: AdminRoute<"ingestMeasurements">,
): Reply<"ingestMeasurements"> {
  const { db, now, body } = context;
  const results = body.measurements.map((item) => {
    const found = storedMeasurement(db, item.id);
    const stored = found && {
      measurement: found,
      request: db.measurementRequests.get(found.id) ?? "",
    };
    const agreement = db.agreements.find(
      (a) =>
        a.accountId === item.accountId &&
        a.roleId === item.roleId &&
        a.metricId === item.metricId &&
        a.status === "agreed",
    );
    // As the server does: the goals of every agreement the batch names stand settled at now.
    if (agreement) settledGoalsOf(db, [agreement.id], now);
    const { result, create, keep } = ingestItem({
      item,
      stored,
      agreement,
      metrics: db.catalog.metrics,
      now,
    });
    const metric = db.catalog.metrics.find((m) => m.id === item.metricId);
    if (create && metric && agreement) {
      db.measurements.push(create);
      db.measurementRequests.set(create.id, ingestRequest(item));
      const before = goalsBefore(db, agreement.id);
      settleActiveGoal(db.goals, metric, create);
      emitMeasurement(context, "measurement.logged", create, agreement, before);
    }
    if (keep) keepLatest(context.db, item.accountId, item.roleId, keep);
    return result;
  });
  const reply: IngestResult = { results };
  return { body: reply };
}

/** Keeps a point as the latest value of its account, role and metric, unless a newer one is kept. */
function keepLatest(
  db: AdminRoute<"ingestMeasurements">["db"],
  accountId: string,
  roleId: string,
  value: LatestValue,
): void {
  const index = db.latestValues.findIndex(
    (kept) =>
      kept.accountId === accountId &&
      kept.roleId === roleId &&
      kept.value.metricId === value.metricId,
  );
  const kept = db.latestValues[index];
  if (!kept) db.latestValues.push({ accountId, roleId, value });
  else if (Date.parse(value.at) >= Date.parse(kept.value.at)) kept.value = value;
}
