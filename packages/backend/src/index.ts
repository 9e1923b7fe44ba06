// `@goalpost/backend`: what every implementation of the HTTP contract shares — the mock backend
// (in a service worker or in Node) and the reference server. Token signing and verification and
// admin keys, request reading and error bodies, the access rules and the decisions each write
// makes. Environment-neutral (Web Crypto, fetch's Request); never part of the browser SDK.

export { adminKeyMatches } from "./auth/adminKeyMatches.ts";
export { authenticateAdmin } from "./auth/authenticateAdmin.ts";
export { authenticateConsole, type ConsoleReader } from "./auth/authenticateConsole.ts";
export {
  authenticateUser,
  roleOf,
  type UserClaims,
  type VerifyUserTokenOptions,
  verifyUserToken,
} from "./auth/authenticateUser.ts";
export { bearerToken } from "./auth/bearerToken.ts";
export {
  type ConsoleClaims,
  type ConsoleVerification,
  consoleTokenMaxLifetimeSeconds,
  signConsoleToken,
  verifyConsoleToken,
} from "./auth/consoleToken.ts";
export { signToken, type TokenClaims } from "./auth/signToken.ts";
export {
  checkTokenClaims,
  defaultMaxTokenLifetimeSeconds,
  type TokenVerification,
  type VerifyTokenOptions,
  verifyToken,
} from "./auth/verifyToken.ts";
export {
  buildSession,
  isPulseDue,
  pulseIntervalMs,
  pulseSettlingMs,
  recentPerAgreement,
  type SessionInput,
} from "./decisions/buildSession.ts";
export {
  agreementChange,
  type ChangeAgreementInput,
  changeAgreement,
  isNewlyRetired,
} from "./decisions/changeAgreement.ts";
export { type ChangeGoalInput, changeGoal } from "./decisions/changeGoal.ts";
export { checkCatalog } from "./decisions/checkCatalog.ts";
export {
  type BatchItemResult,
  companyRequest,
  revenueEvent,
  type UsageTotal,
  usageItem,
} from "./decisions/companyData.ts";
export {
  type CompanyResultsInput,
  companyPeriods,
  companyResults,
  customersSince,
  daysIn,
  type RetentionInput,
  renewalsIn,
  retentionBootstrap,
  retentionPeriod,
  retentionResults,
  usageSumsOf,
} from "./decisions/companyResults.ts";
export {
  type CorrectionResult,
  type CorrectMeasurementInput,
  correctMeasurement,
} from "./decisions/correctMeasurement.ts";
export {
  type IngestItemInput,
  type IngestItemResult,
  ingestItem,
  ingestRequest,
  ingestUserId,
} from "./decisions/ingestItem.ts";
export { kpiPeriod } from "./decisions/kpiPeriod.ts";
export { type NewAgreementInput, newAgreement } from "./decisions/newAgreement.ts";
export { type NewGoalInput, newGoal } from "./decisions/newGoal.ts";
export {
  measurementRequest,
  type NewMeasurementInput,
  newMeasurement,
  replayMeasurement,
  type StoredMeasurement,
} from "./decisions/newMeasurement.ts";
export { newPulse } from "./decisions/newPulse.ts";
export { defaultTrendMonths, trendMonths } from "./decisions/trendMonths.ts";
export { ApiError } from "./http/ApiError.ts";
export { type EndpointRoute, endpointRoutes } from "./http/endpointRoutes.ts";
export { errorBody } from "./http/errorBody.ts";
export type {
  EndpointInput,
  EndpointName,
  EndpointReply,
  Endpoints,
  Handler,
  Handlers,
} from "./http/Handlers.ts";
export { isClientAbort } from "./http/isClientAbort.ts";
export { orThrow } from "./http/orThrow.ts";
export { type BodyChunks, readBodyBytes, readBodyChunks } from "./http/readBodyBytes.ts";
export { type BodyLimits, type ReadInput, readEndpointInput } from "./http/readEndpointInput.ts";
export { type BodyReader, readJsonBody } from "./http/readJsonBody.ts";
export { readQuery } from "./http/readQuery.ts";
export { successStatus } from "./http/successStatus.ts";
export { toApiError } from "./http/toApiError.ts";
export { validateInput } from "./http/validateInput.ts";
export type { AccountRecord, UserRecord } from "./records.ts";
export {
  type AccountListOptions,
  type AccountPosition,
  accountListOptions,
  accountListPage,
  accountSortKey,
  compareAccountPositions,
  decodeAccountCursor,
  defaultAccountPageSize,
  encodeAccountCursor,
  matchesAccountFilters,
} from "./rules/accountList.ts";
export {
  type AccountRoleData,
  accountRoleRow,
  defaultInactiveDays,
  lowValueBelow,
  riskWindowDays,
} from "./rules/accountRoleRow.ts";
export { type AccountRowsInput, accountRoleRows } from "./rules/accountRoleRows.ts";
export { canonicalJson } from "./rules/canonicalJson.ts";
export { checkOwner, type Owner } from "./rules/checkOwner.ts";
export {
  decodeCursor,
  encodeCursor,
  type MeasurementPosition,
  newestFirst,
} from "./rules/measurementCursor.ts";
export { metricOf } from "./rules/metricOf.ts";
export { newId } from "./rules/newId.ts";
export {
  type CommentPosition,
  decodeCommentCursor,
  defaultCommentPageSize,
  encodeCommentCursor,
  newestCommentFirst,
  pulseCommentPage,
} from "./rules/pulseCommentPage.ts";
export {
  renderClosedShareLink,
  renderSharedReport,
  sharedPageHeaders,
  sharedReportCss,
} from "./rules/renderSharedReport.ts";
export { settleActiveGoal } from "./rules/settleActiveGoal.ts";
export { settleGoals } from "./rules/settleGoals.ts";
export {
  defaultShareLinkDays,
  newShareToken,
  shareLinkExpiry,
  shareLinkState,
  shareTokenHash,
} from "./rules/shareLinks.ts";
export {
  agreementEvents,
  type EventSubject,
  goalEvents,
  measurementEvent,
  pulseEvent,
  subjectOf,
  webhookEvent,
} from "./webhooks/changeEvents.ts";
export {
  deliveryLimits,
  deliveryRequest,
  firstRetryDelayMs,
  isAccepted,
  maxRetryDelayMs,
  nextAttemptAt,
  responseExcerpt,
  retryWindowMs,
} from "./webhooks/delivery.ts";
export {
  changeWebhookEndpoint,
  decodeDeliveryCursor,
  defaultSecretOverlapSeconds,
  encodeDeliveryCursor,
  maxReplayDays,
  newWebhookEndpoint,
  newWebhookSecret,
  publicWebhookEndpoint,
  type ReplayRange,
  replayRange,
  rotateWebhookSecret,
  type StoredWebhookEndpoint,
  signingSecrets,
  wantsEvent,
} from "./webhooks/endpoints.ts";
export {
  type ScheduledGoal,
  type ScheduleOptions,
  scheduledEvents,
} from "./webhooks/scheduledEvents.ts";
export {
  defaultToleranceSeconds,
  signatureHeader,
  signWebhook,
  verifyWebhook,
  type WebhookVerification,
} from "./webhooks/signature.ts";
export {
  checkWebhookUrl,
  isNonPublicAddress,
  type WebhookUrlOptions,
} from "./webhooks/webhookUrl.ts";
