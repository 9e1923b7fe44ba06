import { AccountList, AccountListQuery, KpiTrendQuery } from "./accounts.ts";
import { Catalog } from "./catalog.ts";
import type { Endpoint } from "./Endpoint.ts";
import { PulseCommentPage, PulseCommentQuery } from "./pulseComments.ts";
import { KpiTrends } from "./reports.ts";
import { CreatedShareLink, CreateShareLinkBody, ShareLink, ShareLinkList } from "./shareLinks.ts";

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
  listShareLinks: {
    method: "GET",
    path: "/v1/admin/accounts/:id/share-links",
    auth: "console",
    response: ShareLinkList,
    status: 200,
  },
  // Share links are made and revoked with the admin key: a console token writes nothing.
  createShareLink: {
    method: "POST",
    path: "/v1/admin/accounts/:id/share-links",
    auth: "admin",
    body: CreateShareLinkBody,
    response: CreatedShareLink,
    status: 201,
  },
  revokeShareLink: {
    method: "DELETE",
    path: "/v1/admin/share-links/:id",
    auth: "admin",
    response: ShareLink,
    status: 200,
    idempotent: true,
  },
  getCatalog: {
    method: "GET",
    path: "/v1/admin/catalog",
    auth: "console",
    response: Catalog,
    status: 200,
  },
} as const satisfies Record<string, Endpoint>;
