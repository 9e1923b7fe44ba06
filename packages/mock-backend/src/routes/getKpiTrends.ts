import { trendMonths } from "@goalpost/backend";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import { getKpis } from "./reportRoutes.ts";

/** `GET /v1/admin/kpis/trends`: the KPIs of each month, as `GET /v1/admin/kpis` computes them. */
export function getKpiTrends(context: AdminRoute<"getKpiTrends">): Reply<"getKpiTrends"> {
  const months = trendMonths(context.query, context.now).map(
    (period) => getKpis({ ...context, query: period }).body,
  );
  return { body: { months } };
}
