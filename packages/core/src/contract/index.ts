// `@goalpost/core/contract`: the whole HTTP contract (every schema, the endpoint tables, body
// validation), for implementations of it (`@goalpost/backend`, the mock, the server) and tools
// (the OpenAPI generator). SDK code imports `@goalpost/core` and `@goalpost/core/admin`.
export * from "./accounts.ts";
export * from "./adminEndpoints.ts";
export * from "./agreement.ts";
export * from "./catalog.ts";
export * from "./catalogReferences.ts";
export * from "./consoleEndpoints.ts";
export type * from "./Endpoint.ts";
export * from "./endpoints.ts";
export * from "./errors.ts";
export * from "./goal.ts";
export * from "./ingest.ts";
export * from "./measurement.ts";
export * from "./primitives.ts";
export * from "./pulse.ts";
export * from "./pulseComments.ts";
export * from "./reports.ts";
export * from "./session.ts";
export * from "./shareLinks.ts";
export * from "./toValidationIssues.ts";
export * from "./userEndpoints.ts";
export * from "./validateBody.ts";
export * from "./webhookEndpoints.ts";
export * from "./webhooks.ts";
