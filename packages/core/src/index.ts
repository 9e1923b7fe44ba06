// The public entry for end-user code (browsers included). Server-to-server code — the admin
// client, KPI and report math, catalog checks — is in `@goalpost/core/admin` (./admin.ts); the
// endpoint tables and body validation, for implementers, in `@goalpost/core/contract`.
export { type ClientOptions, createClient, type GoalpostClient } from "./client/createClient.ts";
export {
  Agreement,
  AgreementChange,
  AgreementHistory,
  AgreementState,
  AgreementStatus,
  Baseline,
  BaselineInput,
  CreateAgreementBody,
  UpdateAgreementBody,
} from "./contract/agreement.ts";
export {
  AnchoredScale,
  HttpsUrl,
  MaturityLevel,
  Metric,
  Role,
  ScalePoint,
  Unit,
  ValueElement,
  ValueElementType,
} from "./contract/catalog.ts";
export { ErrorBody, ErrorIssue, errorCodes } from "./contract/errors.ts";
export {
  CreateGoalBody,
  Goal,
  GoalAction,
  GoalActionInput,
  GoalStatus,
  UpdateGoalBody,
} from "./contract/goal.ts";
export {
  CreateMeasurementBody,
  Measurement,
  MeasurementCorrection,
  MeasurementHistory,
  MeasurementPage,
  MeasurementPageQuery,
  MeasurementState,
  UpdateMeasurementBody,
} from "./contract/measurement.ts";
export {
  CollectionMethod,
  Direction,
  Id,
  IsoDateTime,
  limits,
  MetricValue,
  Name,
  Text,
} from "./contract/primitives.ts";
export { CreatePulseBody, Pulse, Touchpoint } from "./contract/pulse.ts";
export type { Gain } from "./contract/reports.ts";
export { LatestValue, Session, User } from "./contract/session.ts";
export { GoalpostError, isGoalpostError } from "./errors/GoalpostError.ts";
export { HttpError, isHttpError } from "./errors/HttpError.ts";
export { isNetworkError, NetworkError } from "./errors/NetworkError.ts";
export { isTimeoutError, TimeoutError } from "./errors/TimeoutError.ts";
export {
  isValidationError,
  ValidationError,
  type ValidationIssue,
} from "./errors/ValidationError.ts";
export {
  createValueFormat,
  type ValueFormat,
  type ValueFormatOptions,
  type ValueWords,
} from "./format/createValueFormat.ts";
export * from "./math/index.ts";
export type { Backoff } from "./outbox/backoffDelay.ts";
export type { OutboxEntryError } from "./outbox/classifyFailure.ts";
export {
  createOutbox,
  type Outbox,
  type OutboxEntry,
  type OutboxOptions,
} from "./outbox/createOutbox.ts";
export { memoryStorage } from "./outbox/memoryStorage.ts";
export type { OutboxStorage } from "./outbox/OutboxStorage.ts";
export type { OutboxProblem } from "./outbox/outboxDocument.ts";
export { type WebStorageLike, webStorage } from "./outbox/webStorage.ts";
export { browserConnectivity } from "./platform/browserConnectivity.ts";
export { type BrowserPlatform, browserPlatform } from "./platform/browserPlatform.ts";
export { browserStorage } from "./platform/browserStorage.ts";
export { type ActionItem, actionItems } from "./store/actionItems.ts";
export { createGoalpost } from "./store/createGoalpost.ts";
export type {
  ActionError,
  AgreementStage,
  AgreementView,
  Connectivity,
  GoalInput,
  Goalpost,
  GoalpostEvents,
  GoalpostOptions,
  GoalpostSnapshot,
  GoalpostStatus,
  HistoryEntry,
  ProgressInput,
} from "./store/types.ts";
