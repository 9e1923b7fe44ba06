import { Problem } from "@goalpost/core";
import type { KpiQuery } from "@goalpost/core/contract";

const ninetyDaysMs = 90 * 86_400_000;

/**
 * The period of `GET /v1/admin/kpis`: the query's, by default the 90 days up to now; invalid when
 * `to` precedes `from`.
 */
export function kpiPeriod(query: KpiQuery, now: Date): { from: string; to: string } | Problem {
  const to = query.to ?? now.toISOString();
  const from = query.from ?? new Date(Date.parse(to) - ninetyDaysMs).toISOString();
  if (Date.parse(to) < Date.parse(from)) return Problem.invalid(["to"], "must not be before from");
  return { from, to };
}
