import { Catalog } from "./catalog.ts";
import {
  BatchResult,
  CompanyResults,
  CompanyResultsQuery,
  RetentionQuery,
  RetentionResults,
  RevenueBody,
  UsageBody,
} from "./companyResults.ts";
import type { Endpoint } from "./Endpoint.ts";
import { IngestBody, IngestResult } from "./ingest.ts";
import { AccountReport, KpiQuery, KpiReport } from "./reports.ts";

/**
 * The server-to-server half of the HTTP contract (v1): calls made with the admin key; the reads
 * (`auth: "console"`) also take a console token.
 */
export const adminEndpoints = {
  putCatalog: {
    method: "PUT",
    path: "/v1/admin/catalog",
    auth: "admin",
    body: Catalog,
    response: Catalog,
    status: 200,
  },
  ingestMeasurements: {
    method: "POST",
    path: "/v1/ingest/measurements",
    auth: "admin",
    body: IngestBody,
    response: IngestResult,
    status: 200,
    idempotent: true,
  },
  getKpis: {
    method: "GET",
    path: "/v1/admin/kpis",
    auth: "console",
    query: KpiQuery,
    response: KpiReport,
    status: 200,
  },
  getAccountReport: {
    method: "GET",
    path: "/v1/admin/accounts/:id/report",
    auth: "console",
    response: AccountReport,
    status: 200,
  },
  // Company results (docs/kpis.md): usage and revenue in, retention out.
  sendUsage: {
    method: "POST",
    path: "/v1/admin/usage",
    auth: "admin",
    body: UsageBody,
    response: BatchResult,
    status: 200,
    idempotent: true,
  },
  sendRevenue: {
    method: "POST",
    path: "/v1/admin/revenue",
    auth: "admin",
    body: RevenueBody,
    response: BatchResult,
    status: 200,
    idempotent: true,
  },
  getCompanyResults: {
    method: "GET",
    path: "/v1/admin/results/company",
    auth: "console",
    query: CompanyResultsQuery,
    response: CompanyResults,
    status: 200,
  },
  getRetentionResults: {
    method: "GET",
    path: "/v1/admin/results/retention",
    auth: "console",
    query: RetentionQuery,
    response: RetentionResults,
    status: 200,
  },
} as const satisfies Record<string, Endpoint>;
