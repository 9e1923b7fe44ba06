// `@goalpost/core/admin`: for vendors' back ends and servers. The admin client holds the admin
// key, which must never reach a browser; the KPI and report math runs where all accounts are.
export {
  type AdminClient,
  type AdminClientOptions,
  createAdminClient,
} from "./client/createAdminClient.ts";
export {
  AccountFilter,
  AccountList,
  AccountListQuery,
  AccountRoleRow,
  AccountRoleState,
  AccountSort,
  KpiTrendQuery,
  RiskFlag,
} from "./contract/accounts.ts";
export { Catalog } from "./contract/catalog.ts";
export { type CatalogProblem, catalogReferences } from "./contract/catalogReferences.ts";
export {
  BatchResult,
  CompanyResults,
  CompanyResultsQuery,
  Day,
  RetentionQuery,
  RetentionResults,
  RevenueBody,
  RevenueEvent,
  UsageBody,
  UsageItem,
  UsageMetric,
  UsageResults,
} from "./contract/companyResults.ts";
export { IngestBody, IngestMeasurement, IngestResult } from "./contract/ingest.ts";
export { PulseComment, PulseCommentPage, PulseCommentQuery } from "./contract/pulseComments.ts";
export {
  AccountMetricReport,
  AccountReport,
  Gain,
  KpiQuery,
  KpiReport,
  KpiTrends,
  PerceivedValue,
  RoleKpis,
} from "./contract/reports.ts";
export {
  CreatedShareLink,
  CreateShareLinkBody,
  ShareLink,
  ShareLinkList,
} from "./contract/shareLinks.ts";
export {
  CreateWebhookEndpointBody,
  ReplayWebhookBody,
  ReplayWebhookResult,
  RotateWebhookSecretBody,
  UpdateWebhookEndpointBody,
  WebhookDelivery,
  WebhookDeliveryCounts,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointStatus,
  WebhookEndpointWithSecret,
  WebhookEvent,
  WebhookEventType,
} from "./contract/webhooks.ts";
export { type AccountReportInput, computeAccountReport } from "./math/computeAccountReport.ts";
export { computeKpis, type KpiInput } from "./math/computeKpis.ts";
export { inPlaceAt } from "./math/inPlaceAt.ts";
export { perceivedValue } from "./math/perceivedValue.ts";
// Company results: revenue and usage retention, and the statistics that say how sure they are.
export { type BootstrapOptions, bootstrapRatio } from "./results/bootstrapRatio.ts";
export { fisherExact } from "./results/fisherExact.ts";
export { type DifferenceInterval, newcombeDifference } from "./results/newcombeDifference.ts";
export {
  type AccountResultsData,
  achievedWindowDays,
  averageGainAt,
  type ResultsState,
  resultsStateAt,
  resultsStates,
} from "./results/resultsStateAt.ts";
export {
  type GainQuintile,
  gainDoseResponse,
  indexDateOf,
  type RenewalOutcome,
  type ResultsGroup,
  type RetentionByResults,
  type RetentionByResultsInput,
  renewalsByState,
  retentionByResults,
  retentionCaveat,
} from "./results/retentionByResults.ts";
export {
  arrAt,
  type RevenueAccount,
  type RevenueRetention,
  revenueRetention,
} from "./results/revenueRetention.ts";
export { seededRandom } from "./results/seededRandom.ts";
export {
  type DayRange,
  sumUsage,
  type UsageDay,
  type UsageRetention,
  type UsageRetentionInput,
  type UsageSums,
  type UsageSumsInput,
  usagePeriods,
  usageRetention,
  usageRetentionOfSums,
} from "./results/usageRetention.ts";
export { type Interval, wilsonInterval, z95 } from "./results/wilsonInterval.ts";
