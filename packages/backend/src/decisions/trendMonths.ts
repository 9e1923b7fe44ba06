import type { KpiTrendQuery } from "@goalpost/core/contract";

/** The default of `months` in `GET /v1/admin/kpis/trends`. */
export const defaultTrendMonths = 6;

/**
 * The periods of the KPI trends: the last `months` calendar months in UTC, oldest first, each
 * from its first millisecond to its last; the current month ends at `now`.
 * @example trendMonths({ months: 2 }, new Date("2026-12-04T10:00:00Z"))
 * // [{ from: "2026-11-01T00:00:00.000Z", to: "2026-11-30T23:59:59.999Z" },
 * //  { from: "2026-12-01T00:00:00.000Z", to: "2026-12-04T10:00:00.000Z" }]
 */
export function trendMonths(query: KpiTrendQuery, now: Date): { from: string; to: string }[] {
  const months = query.months ?? defaultTrendMonths;
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: months }, (_, i) => {
    const back = months - 1 - i;
    const from = Date.UTC(year, month - back, 1);
    const next = Date.UTC(year, month - back + 1, 1);
    return {
      from: new Date(from).toISOString(),
      to: new Date(back === 0 ? now.getTime() : next - 1).toISOString(),
    };
  });
}
