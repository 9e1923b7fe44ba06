import type { Agreement, Metric } from "@goalpost/core/contract";
import { ApiError } from "../http/ApiError.ts";

/** The catalog metric an agreement tracks; 409 when the catalog no longer has it. */
export function metricOf(metrics: readonly Metric[], agreement: Agreement): Metric {
  const metric = metrics.find((m) => m.id === agreement.metricId);
  if (!metric) {
    throw new ApiError(409, `the metric "${agreement.metricId}" is no longer in the catalog`);
  }
  return metric;
}
