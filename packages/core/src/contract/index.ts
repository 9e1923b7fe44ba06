// Everything in the contract, for tools (the OpenAPI generator). Packages import the public
// entries: `@goalpost/core` (end users) and `@goalpost/core/admin` (server-to-server).
export * from "./adminEndpoints.ts";
export * from "./agreement.ts";
export * from "./catalog.ts";
export * from "./catalogReferences.ts";
export type * from "./Endpoint.ts";
export * from "./endpoints.ts";
export * from "./errors.ts";
export * from "./goal.ts";
export * from "./ingest.ts";
export * from "./measurement.ts";
export * from "./primitives.ts";
export * from "./pulse.ts";
export * from "./reports.ts";
export * from "./session.ts";
export * from "./userEndpoints.ts";
