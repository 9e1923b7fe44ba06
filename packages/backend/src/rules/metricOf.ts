import { Problem } from "@goalpost/core";
import type { Agreement, Metric } from "@goalpost/core/contract";

/** The catalog metric an agreement tracks; a conflict when the catalog no longer has it. */
export function metricOf(metrics: readonly Metric[], agreement: Agreement): Metric | Problem {
  const metric = metrics.find((m) => m.id === agreement.metricId);
  return (
    metric ?? Problem.conflict(`the metric "${agreement.metricId}" is no longer in the catalog`)
  );
}
