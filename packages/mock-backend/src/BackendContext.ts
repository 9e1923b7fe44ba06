import type { MockDb } from "./store/MockDb.ts";

/** Knobs for demos and tests: how the mock backend misbehaves, and what time it thinks it is. */
export interface Scenario {
  /** Added delay before every contract response, in milliseconds. @default 0 */
  latencyMs: number;
  /** Share of contract requests (0–1) answered with a 503 and an error body. @default 0 */
  failureRate: number;
  /** When true, contract requests fail with a network error. @default false */
  offline: boolean;
  /** When set, the backend's clock stands still at this ISO date-time. @default null */
  fixedNow: string | null;
}

/** What every route reads: the database, the secrets, the clock and the scenario. */
export interface BackendContext {
  db: MockDb;
  scenario: Scenario;
  signingSecret: string;
  adminKey: string;
  /** The longest a user token may still have to live, in seconds. */
  tokenMaxLifetimeSeconds: number;
  /** Prefix of every route pattern: `*` (any origin and path prefix) or an absolute base URL. */
  baseUrl: string;
  /** Now, honouring `scenario.fixedNow`. */
  clock(): Date;
  /** Writes the database to the configured persistence, if any. */
  save(): void;
  /** Runs write requests one after another. */
  serialize<T>(task: () => Promise<T>): Promise<T>;
  /** Sends the webhook deliveries that wait, in the background: returns at once. */
  deliverWebhooks(): void;
  /** Source of randomness for the failure rate. */
  random(): number;
}
