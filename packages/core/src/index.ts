export {
  type AdminClient,
  type AdminClientOptions,
  createAdminClient,
} from "./client/createAdminClient.ts";
export { type ClientOptions, createClient, type GoalpostClient } from "./client/createClient.ts";
export type { EndpointName, EndpointResult } from "./client/request.ts";
export * from "./contract/index.ts";
export { toValidationIssues } from "./contract/toValidationIssues.ts";
export { validateBody } from "./contract/validateBody.ts";
export { GoalpostError } from "./errors/GoalpostError.ts";
export { HttpError } from "./errors/HttpError.ts";
export { NetworkError } from "./errors/NetworkError.ts";
export { TimeoutError } from "./errors/TimeoutError.ts";
export { ValidationError, type ValidationIssue } from "./errors/ValidationError.ts";
export * from "./math/index.ts";
export { type Backoff, backoffDelay } from "./outbox/backoffDelay.ts";
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
