import type { BatchResult, RevenueEvent, UsageItem, UsageMetric } from "@goalpost/core/admin";
import { canonicalJson } from "../rules/canonicalJson.ts";

/** The outcome of one usage item or revenue event. */
export type BatchItemResult = BatchResult["results"][number];

/** What a usage item or revenue event is remembered by, so a retry can be told from a conflict. */
export const companyRequest = (item: UsageItem | RevenueEvent): string => canonicalJson(item);

/** One account's total of one version of a usage metric on one day, as stored. */
export interface UsageTotal {
  usageMetricId: string;
  version: number;
  accountId: string;
  day: string;
  quantity: number;
}

const rejected = (id: string, code: string, message: string): BatchItemResult => ({
  id,
  status: "rejected",
  error: { code, message },
});

/**
 * Decides one item of `POST /v1/admin/usage`: replayed (same id, same body), rejected (the id
 * reused with another body, a usage metric the catalog does not declare), or a quantity to add
 * to its day's total under the metric's current version.
 */
export function usageItem(
  item: UsageItem,
  storedRequest: string | undefined,
  usageMetrics: readonly UsageMetric[],
): { result: BatchItemResult; add?: UsageTotal } {
  if (storedRequest !== undefined) {
    return storedRequest === companyRequest(item)
      ? { result: { id: item.id, status: "replayed" } }
      : { result: rejected(item.id, "conflict", "this id was already used with another body") };
  }
  const metric = usageMetrics.find((m) => m.id === item.usageMetricId);
  if (!metric) {
    const known = usageMetrics.map((m) => `"${m.id}"`).join(", ") || "none";
    const message = `the catalog declares no usage metric "${item.usageMetricId}" (it declares ${known})`;
    return { result: rejected(item.id, "not_found", message) };
  }
  const { usageMetricId, accountId, day, quantity } = item;
  return {
    result: { id: item.id, status: "created" },
    add: { usageMetricId, version: metric.version, accountId, day, quantity },
  };
}

/**
 * Decides one event of `POST /v1/admin/revenue`: replayed, rejected with a reason, or stored.
 * A renewal says how it went (`outcome`); only a churn (or a renewal that churned) says whether
 * it was `voluntary`; a churn,
 * and a renewal that churned, leave an ARR of 0, and every other contract event some ARR; all
 * events are in the deployment's one currency (the first event's).
 */
export function revenueEvent(
  event: RevenueEvent,
  storedRequest: string | undefined,
  currency: string | undefined,
): BatchItemResult {
  if (storedRequest !== undefined) {
    return storedRequest === companyRequest(event)
      ? { id: event.id, status: "replayed" }
      : rejected(event.id, "conflict", "this id was already used with another body");
  }
  const invalid = (message: string) => rejected(event.id, "invalid", message);
  const { type, outcome, voluntary, arr } = event;
  if (type === "renewal" && outcome === undefined) {
    return invalid("a renewal needs its outcome: renewed, downgraded or churned");
  }
  if (type !== "renewal" && outcome !== undefined) {
    return invalid(`outcome is said of a renewal only, not of "${type}"`);
  }
  if (voluntary !== undefined && type !== "churn" && outcome !== "churned") {
    return invalid(
      `voluntary is said of a churn only (or a renewal that churned), not of "${type}"`,
    );
  }
  const endsAtZero = type === "churn" || outcome === "churned";
  if (endsAtZero && arr !== 0) {
    return invalid("after a churn the ARR is 0: send arr 0, and the amount lost is what it was");
  }
  if (!endsAtZero && type !== "arr" && arr === 0) {
    return invalid(`a ${type} leaves some ARR: send the ARR once it took effect, above 0`);
  }
  if (currency !== undefined && event.currency !== currency) {
    return rejected(
      event.id,
      "conflict",
      `every revenue event is in ${currency}, the currency of the first one; convert before sending`,
    );
  }
  return { id: event.id, status: "created" };
}
