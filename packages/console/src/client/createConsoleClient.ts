import type {
  CompanyResults,
  CompanyResultsQuery,
  RetentionQuery,
  RetentionResults,
} from "@goalpost/core/admin";
import type {
  AccountList,
  AccountListQuery,
  AccountReport,
  Catalog,
  KpiQuery,
  KpiReport,
  KpiTrendQuery,
  KpiTrends,
  PulseCommentPage,
  PulseCommentQuery,
  ShareLinkList,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookEndpointList,
} from "@goalpost/core/contract";

/** A failed console read: the HTTP status (0 when no answer came) and the server's words. */
export class ConsoleError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "ConsoleError";
    this.status = status;
  }
  /** Whether signing in again is what helps: the token is refused (401) or may not read (403). */
  get signIn(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** A console token, or a function that gives one (asked on every read). */
export type ConsoleToken = string | (() => string | Promise<string>);

/** Options of {@link createConsoleClient}. */
export interface ConsoleClientOptions {
  /** Base URL of the Goalpost API; `/v1/admin/…` is appended. */
  apiBase: string;
  /** The staff member's console token (never the admin key: it must not reach a browser). */
  token: ConsoleToken;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** The console's reads: only what a console token may read. */
export interface ConsoleClient {
  catalog(): Promise<Catalog>;
  kpis(query?: KpiQuery): Promise<KpiReport>;
  kpiTrends(query?: KpiTrendQuery): Promise<KpiTrends>;
  accounts(query?: AccountListQuery): Promise<AccountList>;
  accountReport(accountId: string): Promise<AccountReport>;
  pulseComments(query?: PulseCommentQuery): Promise<PulseCommentPage>;
  companyResults(query?: CompanyResultsQuery): Promise<CompanyResults>;
  retentionResults(query?: RetentionQuery): Promise<RetentionResults>;
  shareLinks(accountId: string): Promise<ShareLinkList>;
  /** Every webhook endpoint, oldest first, with how its deliveries stand. */
  webhookEndpoints(): Promise<WebhookEndpointList>;
  /** One endpoint's deliveries, newest event first, a page at a time. */
  webhookDeliveries(endpointId: string, query?: WebhookDeliveryQuery): Promise<WebhookDeliveryPage>;
}

/**
 * The console's HTTP client: `GET`s with the console token as the bearer. A failure becomes a
 * {@link ConsoleError} with the server's message (`error.message` of the contract's body).
 */
export function createConsoleClient(options: ConsoleClientOptions): ConsoleClient {
  const base = options.apiBase.replace(/\/+$/, "");
  const get = async <T>(path: string, query: object = {}): Promise<T> => {
    const url = new URL(`${base}${path}`, globalThis.location?.href);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const token = typeof options.token === "function" ? await options.token() : options.token;
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, {
        headers: { accept: "application/json", authorization: `Bearer ${token}` },
      });
    } catch (error) {
      throw new ConsoleError(0, `the Goalpost API did not answer (${String(error)})`);
    }
    const body = (await response.json().catch(() => undefined)) as
      | { error?: { message?: string } }
      | undefined;
    if (!response.ok) {
      const said = body?.error?.message ?? `HTTP ${response.status}`;
      throw new ConsoleError(response.status, said);
    }
    return body as T;
  };
  return {
    catalog: () => get("/v1/admin/catalog"),
    kpis: (query) => get("/v1/admin/kpis", query),
    kpiTrends: (query) => get("/v1/admin/kpis/trends", query),
    accounts: (query) => get("/v1/admin/accounts", query),
    accountReport: (id) => get(`/v1/admin/accounts/${encodeURIComponent(id)}/report`),
    pulseComments: (query) => get("/v1/admin/pulses/comments", query),
    companyResults: (query) => get("/v1/admin/results/company", query),
    retentionResults: (query) => get("/v1/admin/results/retention", query),
    shareLinks: (id) => get(`/v1/admin/accounts/${encodeURIComponent(id)}/share-links`),
    webhookEndpoints: () => get("/v1/admin/webhooks"),
    webhookDeliveries: (id, query) =>
      get(`/v1/admin/webhooks/${encodeURIComponent(id)}/deliveries`, query),
  };
}
