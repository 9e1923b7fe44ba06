import type { endpoints } from "../src/contract/endpoints.ts";

/** What the OpenAPI document says of each endpoint besides its schemas. */
export const endpointDocs: Record<
  keyof typeof endpoints,
  { summary: string /** Error statuses besides 401, 429 and 5xx. */; errors: number[] }
> = {
  getSession: {
    summary: "Everything the widget needs to start, in one round trip",
    errors: [403],
  },
  createAgreement: {
    summary: "Agree a metric of the user's role (409 if one is already in place)",
    errors: [400, 404, 409, 413, 422],
  },
  updateAgreement: {
    summary: "Change an agreement's status, maturity level or baseline",
    errors: [400, 403, 404, 409, 413, 422],
  },
  getAgreementHistory: {
    summary: "An agreement and the changes of its maturity level and baseline, oldest first",
    errors: [403, 404],
  },
  createGoal: {
    summary: "Set the next goal for an agreement (409 if an active goal exists)",
    errors: [400, 403, 404, 409, 413, 422],
  },
  updateGoal: {
    summary: "Edit an active goal, tick its actions, or abandon it",
    errors: [400, 403, 404, 409, 413, 422],
  },
  createMeasurement: {
    summary: "Log a data point (idempotent by client-generated id); may achieve the goal",
    errors: [400, 403, 404, 409, 413, 422],
  },
  updateMeasurement: {
    summary:
      "Correct the user's own self or scale entry (value, note); kept as history; goal status follows",
    errors: [400, 403, 404, 409, 413, 422],
  },
  deleteMeasurement: {
    summary:
      "Delete the user's own self or scale entry (a tombstone, kept as history); again answers the same",
    errors: [403, 404, 409],
  },
  getMeasurementHistory: {
    summary: "A measurement (a deleted one too) and its corrections, oldest first",
    errors: [403, 404],
  },
  listMeasurements: {
    summary: "An agreement's measurements, newest first, paginated",
    errors: [400, 403, 404, 422],
  },
  createPulse: {
    summary: "Record the user's perceived value for a touchpoint",
    errors: [400, 413, 422],
  },
  putCatalog: {
    summary: "Replace the catalog (validated whole)",
    errors: [400, 413, 422],
  },
  ingestMeasurements: {
    summary: "Push a batch of integration or app data points (idempotent ids)",
    errors: [400, 413, 422],
  },
  getKpis: {
    summary: "Customer Results Achievement KPIs by role and metric",
    errors: [400, 422],
  },
  getAccountReport: {
    summary: "One account's results across its roles",
    errors: [404],
  },
  sendUsage: {
    summary:
      "Push daily usage of the catalog's usage metrics (idempotent ids; a day's items add up)",
    errors: [400, 413, 422],
  },
  sendRevenue: {
    summary: "Push ARR snapshots and contract events (idempotent ids)",
    errors: [400, 413, 422],
  },
  getCompanyResults: {
    summary: "NRR, GRR, logo churn and Net Usage Retention",
    errors: [400, 422],
  },
  getRetentionResults: {
    summary: "Renewals by the accounts' customer results, with intervals and the caveat",
    errors: [400, 422],
  },
  getKpiTrends: {
    summary: "The KPIs of each of the last calendar months, oldest first",
    errors: [422],
  },
  listPulseComments: {
    summary: "Pulse comments (touchpoint, score, role, account, date), newest first (cursor)",
    errors: [422],
  },
  listShareLinks: {
    summary: "An account's share links (report links for the customer), newest first",
    errors: [404],
  },
  createShareLink: {
    summary: "Make a read-only link to an account's report, with an expiry (token shown once)",
    errors: [400, 404, 413, 422],
  },
  revokeShareLink: {
    summary: "Revoke a share link: its page stops opening at once",
    errors: [404],
  },
  listWebhookEndpoints: {
    summary: "Every webhook endpoint, oldest first, with how its deliveries stand",
    errors: [],
  },
  createWebhookEndpoint: {
    summary: "Add a webhook endpoint (https; its signing secret shown once)",
    errors: [400, 413, 422],
  },
  getWebhookEndpoint: {
    summary: "One webhook endpoint, with how its deliveries stand",
    errors: [404],
  },
  updateWebhookEndpoint: {
    summary: "Change an endpoint's URL, description or event types, or disable or enable it",
    errors: [400, 404, 413, 422],
  },
  rotateWebhookSecret: {
    summary: "A new signing secret; the previous one still signs for the overlap given",
    errors: [400, 404, 413, 422],
  },
  deleteWebhookEndpoint: {
    summary: "Delete an endpoint and its delivery log: nothing more is sent to it",
    errors: [404],
  },
  listWebhookDeliveries: {
    summary: "An endpoint's delivery log, newest event first (status filter, cursor)",
    errors: [404, 422],
  },
  replayWebhookEvents: {
    summary: "Send one event again, or every event of the endpoint's types in a time range",
    errors: [400, 404, 413, 422],
  },
  getCatalog: {
    summary: "The catalog as it stands (roles, maturity levels, metrics, value elements)",
    errors: [],
  },
  listAccounts: {
    summary: "Every account's roles with their state and risk flags, at-risk first (cursor)",
    errors: [422],
  },
};
