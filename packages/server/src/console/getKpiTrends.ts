import { trendMonths } from "@goalpost/backend";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import { getKpis } from "../routes/reportRoutes.ts";

/**
 * `GET /v1/admin/kpis/trends`: the KPIs of each month, each by `GET /v1/admin/kpis`'s SQL (its
 * index probes per agreement in place), one month after the other.
 */
export async function getKpiTrends(
  context: AdminRoute<"getKpiTrends">,
): Promise<Reply<"getKpiTrends">> {
  const months = [];
  for (const period of trendMonths(context.query, context.now)) {
    months.push((await getKpis({ ...context, query: period })).body);
  }
  return { body: { months } };
}
