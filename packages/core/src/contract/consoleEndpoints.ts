import { AccountList, AccountListQuery, KpiTrendQuery } from "./accounts.ts";
import { Catalog } from "./catalog.ts";
import type { Endpoint } from "./Endpoint.ts";
import { PulseCommentPage, PulseCommentQuery } from "./pulseComments.ts";
import { KpiTrends } from "./reports.ts";

/**
 * The console's own reads (v1): lists across every account, for the admin key or a console
 * token. The console also reads the admin KPIs and account reports.
 */
export const consoleEndpoints = {
  listAccounts: {
    method: "GET",
    path: "/v1/admin/accounts",
    auth: "console",
    query: AccountListQuery,
    response: AccountList,
    status: 200,
  },
  getKpiTrends: {
    method: "GET",
    path: "/v1/admin/kpis/trends",
    auth: "console",
    query: KpiTrendQuery,
    response: KpiTrends,
    status: 200,
  },
  listPulseComments: {
    method: "GET",
    path: "/v1/admin/pulses/comments",
    auth: "console",
    query: PulseCommentQuery,
    response: PulseCommentPage,
    status: 200,
  },
  getCatalog: {
    method: "GET",
    path: "/v1/admin/catalog",
    auth: "console",
    response: Catalog,
    status: 200,
  },
} as const satisfies Record<string, Endpoint>;
