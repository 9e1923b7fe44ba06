import {
  companyPeriods,
  companyRequest,
  companyResults,
  retentionPeriod,
  retentionResults,
  revenueEvent,
  usageItem,
  usageSumsOf,
} from "@goalpost/backend";
import type { AccountResultsData, RevenueEvent } from "@goalpost/core/admin";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import { settledGoalsOf } from "./access.ts";

/** `POST /v1/admin/usage`: each item added to its day's total once, or rejected with a reason. */
export function sendUsage(context: AdminRoute<"sendUsage">): Reply<"sendUsage"> {
  const { db, body } = context;
  const results = body.items.map((item) => {
    const { result, add } = usageItem(
      item,
      db.usageRequests.get(item.id),
      db.catalog.usageMetrics ?? [],
    );
    if (!add) return result;
    db.usageRequests.set(item.id, companyRequest(item));
    const total = db.usageTotals.find(
      (t) =>
        t.usageMetricId === add.usageMetricId &&
        t.version === add.version &&
        t.accountId === add.accountId &&
        t.day === add.day,
    );
    if (total) total.quantity += add.quantity;
    else db.usageTotals.push(add);
    return result;
  });
  return { body: { results } };
}

/** `POST /v1/admin/revenue`: each event stored once, or rejected with a reason. */
export function sendRevenue(context: AdminRoute<"sendRevenue">): Reply<"sendRevenue"> {
  const { db, body } = context;
  const results = body.events.map((event) => {
    const result = revenueEvent(
      event,
      db.revenueRequests.get(event.id),
      db.revenueEvents[0]?.currency,
    );
    if (result.status === "created") {
      db.revenueEvents.push(event);
      db.revenueRequests.set(event.id, companyRequest(event));
    }
    return result;
  });
  return { body: { results } };
}

/** `GET /v1/admin/results/company?asOf&variant`: NRR, GRR, logo churn and NUR. */
export function getCompanyResults(
  context: AdminRoute<"getCompanyResults">,
): Reply<"getCompanyResults"> {
  const { db, now, query } = context;
  const revenue = inEffectOrder(db.revenueEvents);
  const usageMetrics = db.catalog.usageMetrics ?? [];
  const { usage: periods } = companyPeriods(query, now);
  const body = companyResults({
    revenue,
    usage: usageSumsOf(db.usageTotals, usageMetrics, revenue, periods),
    usageMetrics,
    query,
    now,
  });
  return { body };
}

/** `GET /v1/admin/results/retention?from&to&indexDays`: renewals by customer results. */
export function getRetentionResults(
  context: AdminRoute<"getRetentionResults">,
): Reply<"getRetentionResults"> {
  const { db, now, query } = context;
  const revenue = inEffectOrder(db.revenueEvents);
  const accounts = new Map<string, AccountResultsData>();
  for (const accountId of new Set(revenue.map((e) => e.accountId))) {
    const agreements = db.agreements.filter((a) => a.accountId === accountId);
    const ids = new Set(agreements.map((a) => a.id));
    accounts.set(accountId, {
      agreements,
      goals: settledGoalsOf(db, ids, now),
      measurements: db.measurements.filter((m) => ids.has(m.agreementId)),
      metrics: db.catalog.metrics,
    });
  }
  const usageMetrics = db.catalog.usageMetrics ?? [];
  const { usage: periods } = retentionPeriod(query, now);
  const usage = usageSumsOf(db.usageTotals, usageMetrics, revenue, periods);
  return { body: retentionResults({ revenue, accounts, usage, usageMetrics, query, now }) };
}

/** Revenue events in the order they took effect: by day, then as received (a stable sort). */
const inEffectOrder = (events: readonly RevenueEvent[]) =>
  [...events].sort((a, b) => a.day.localeCompare(b.day));
