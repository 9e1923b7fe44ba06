import { ingestItem, ingestRequest, settleActiveGoal } from "@goalpost/backend";
import type { IngestResult } from "@goalpost/core/admin";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import { settledGoalsOf } from "./access.ts";

/**
 * `POST /v1/ingest/measurements`: each data point is created, replayed (same id, same body) or
 * rejected with a reason (no agreement in place, wrong source, value out of bounds, id reused).
 */
export function ingestMeasurements(
  context: AdminRoute<"ingestMeasurements">,
): Reply<"ingestMeasurements"> {
  const { db, now, body } = context;
  const results = body.measurements.map((item) => {
    const found = db.measurements.find((m) => m.id === item.id);
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
    const { result, create } = ingestItem({
      item,
      stored,
      agreement,
      metrics: db.catalog.metrics,
      now,
    });
    const metric = db.catalog.metrics.find((m) => m.id === item.metricId);
    if (create && metric) {
      db.measurements.push(create);
      db.measurementRequests.set(create.id, ingestRequest(item));
      settleActiveGoal(db.goals, metric, create);
    }
    return result;
  });
  const reply: IngestResult = { results };
  return { body: reply };
}
