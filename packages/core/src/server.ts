// `@goalpost/core/server`: what every implementation of the HTTP contract shares — the mock
// backend (in a service worker or in Node) and the reference server. Token verification and
// admin keys with Web Crypto, request reading and error bodies, the access rules, the decisions
// each write makes, and the demo catalog with its seed data. Never imported by the SDK or the
// widget: browsers only run it inside the mock backend.

export { adminKeyMatches } from "./server/auth/adminKeyMatches.ts";
export { authenticateAdmin } from "./server/auth/authenticateAdmin.ts";
export {
  authenticateUser,
  roleOf,
  type UserClaims,
  verifyUserToken,
} from "./server/auth/authenticateUser.ts";
export { bearerToken } from "./server/auth/bearerToken.ts";
export { signToken, type TokenClaims } from "./server/auth/signToken.ts";
export { type TokenVerification, verifyToken } from "./server/auth/verifyToken.ts";
export {
  buildSession,
  pulseIntervalMs,
  recentPerAgreement,
  type SessionInput,
} from "./server/decisions/buildSession.ts";
export {
  type ChangeAgreementInput,
  changeAgreement,
  isNewlyRetired,
} from "./server/decisions/changeAgreement.ts";
export { type ChangeGoalInput, changeGoal } from "./server/decisions/changeGoal.ts";
export { checkCatalog } from "./server/decisions/checkCatalog.ts";
export {
  type IngestItemInput,
  type IngestItemResult,
  ingestItem,
  ingestRequest,
  ingestUserId,
} from "./server/decisions/ingestItem.ts";
export { kpiPeriod } from "./server/decisions/kpiPeriod.ts";
export { type NewAgreementInput, newAgreement } from "./server/decisions/newAgreement.ts";
export { type NewGoalInput, newGoal } from "./server/decisions/newGoal.ts";
export {
  measurementRequest,
  type NewMeasurementInput,
  newMeasurement,
  replayMeasurement,
  type StoredMeasurement,
} from "./server/decisions/newMeasurement.ts";
export { newPulse } from "./server/decisions/newPulse.ts";
export {
  type AccountRecord,
  type DemoData,
  seededRequest,
  type UserRecord,
} from "./server/demo/DemoData.ts";
export { demoCatalog } from "./server/demo/demoCatalog.ts";
export { demoAdminKey, demoSigningSecret } from "./server/demo/demoSecrets.ts";
export { type DemoUser, demoUsers } from "./server/demo/demoUsers.ts";
export { seedDemoData } from "./server/demo/seedDemoData.ts";
export { ApiError } from "./server/http/ApiError.ts";
export { errorBody } from "./server/http/errorBody.ts";
export { readBodyBytes } from "./server/http/readBodyBytes.ts";
export { readJsonBody } from "./server/http/readJsonBody.ts";
export { readQuery } from "./server/http/readQuery.ts";
export { validateInput } from "./server/http/validateInput.ts";
export { canonicalJson } from "./server/rules/canonicalJson.ts";
export { checkOwner, type Owner } from "./server/rules/checkOwner.ts";
export { isFuture } from "./server/rules/clientTime.ts";
export {
  decodeCursor,
  encodeCursor,
  type MeasurementPosition,
  newestFirst,
} from "./server/rules/measurementCursor.ts";
export { metricOf } from "./server/rules/metricOf.ts";
export { newId } from "./server/rules/newId.ts";
export { settleActiveGoal } from "./server/rules/settleActiveGoal.ts";
export { settleDue } from "./server/rules/settleDue.ts";
export { settleGoals } from "./server/rules/settleGoals.ts";
