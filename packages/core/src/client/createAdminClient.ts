import { adminEndpoints as admin } from "../contract/adminEndpoints.ts";
import type { Catalog } from "../contract/catalog.ts";
import type {
  BatchResult,
  CompanyResults,
  CompanyResultsQuery,
  RetentionQuery,
  RetentionResults,
  RevenueBody,
  UsageBody,
} from "../contract/companyResults.ts";
import type { IngestBody, IngestResult } from "../contract/ingest.ts";
import type { AccountReport, KpiQuery, KpiReport } from "../contract/reports.ts";
import { request } from "./request.ts";

/** Options of {@link createAdminClient}. */
export interface AdminClientOptions {
  /** Base URL of the Goalpost API; paths like `/v1/admin/kpis` are appended. */
  apiBase: string;
  /** The deployment's admin key (a server-side secret: never ship it to a browser). */
  adminKey: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each attempt's response. @default 10_000 */
  timeout?: number;
  /** Retries on network errors, timeouts, 408, 429 and 5xx; every admin call is safe to repeat. @default 2 */
  retry?: number;
}

/** The server-to-server client: catalog, ingest and reports. */
export interface AdminClient {
  /** Replaces the whole catalog; answers the stored catalog. */
  putCatalog(catalog: Catalog): Promise<Catalog>;
  /** Pushes a batch of integration or app data points (idempotent ids); answers one result per point. */
  ingestMeasurements(body: IngestBody): Promise<IngestResult>;
  /** Customer Results Achievement KPIs by role and metric (default: the last 90 days). */
  getKpis(query?: KpiQuery): Promise<KpiReport>;
  /** One account's results across its roles. */
  getAccountReport(accountId: string): Promise<AccountReport>;
  /** Daily usage of the catalog's usage metrics (idempotent ids; a day's items add up). */
  sendUsage(body: UsageBody): Promise<BatchResult>;
  /** ARR snapshots and contract events (idempotent ids). */
  sendRevenue(body: RevenueBody): Promise<BatchResult>;
  /** NRR, GRR, logo churn and Net Usage Retention. */
  getCompanyResults(query?: CompanyResultsQuery): Promise<CompanyResults>;
  /** Renewals by the accounts' customer results, with intervals and the caveat. */
  getRetentionResults(query?: RetentionQuery): Promise<RetentionResults>;
}

/**
 * Creates the server-to-server client, for vendors' back ends, tests and the demo scorecard.
 * Fails like the user client, with `GoalpostError` subclasses.
 *
 * @example
 * const admin = createAdminClient({ apiBase, adminKey: process.env.GOALPOST_ADMIN_KEY });
 * const kpis = await admin.getKpis({ from: "2025-01-01T00:00:00Z" });
 */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  const { adminKey } = options;
  return {
    putCatalog: (body) => request(options, "putCatalog", admin.putCatalog, adminKey, { body }),
    ingestMeasurements: (body) =>
      request(options, "ingestMeasurements", admin.ingestMeasurements, adminKey, { body }),
    getKpis: (query) => request(options, "getKpis", admin.getKpis, adminKey, { query }),
    getAccountReport: (id) =>
      request(options, "getAccountReport", admin.getAccountReport, adminKey, { id }),
    sendUsage: (body) => request(options, "sendUsage", admin.sendUsage, adminKey, { body }),
    sendRevenue: (body) => request(options, "sendRevenue", admin.sendRevenue, adminKey, { body }),
    getCompanyResults: (query) =>
      request(options, "getCompanyResults", admin.getCompanyResults, adminKey, { query }),
    getRetentionResults: (query) =>
      request(options, "getRetentionResults", admin.getRetentionResults, adminKey, { query }),
  };
}
