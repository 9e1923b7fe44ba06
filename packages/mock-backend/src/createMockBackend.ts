import { defaultMaxTokenLifetimeSeconds } from "@goalpost/backend";
import type { Catalog } from "@goalpost/core/admin";
import { demoAdminKey, demoCatalog, demoSigningSecret } from "@goalpost/demo-data";
import type { RequestHandler } from "msw";
import type { BackendContext, Scenario } from "./BackendContext.ts";
import { createHandlers } from "./createHandlers.ts";
import { defaultScenario, ScenarioPatch } from "./scenario.ts";
import { createEmptyDb, type MockDb, seedDb } from "./store/MockDb.ts";
import { deserializeDb, serializeDb } from "./store/serializeDb.ts";
import { createWebhookDelivery } from "./webhooks/deliverWebhooks.ts";

/** Where the database is kept between page loads (e.g. localStorage). */
export interface MockPersistence {
  /** The JSON saved last, or null when there is none. */
  load(): string | null;
  save(json: string): void;
}

/** Options of {@link createMockBackend}. */
export interface MockBackendOptions {
  /** Secret user tokens are signed with (HS256). @default "demo-signing-secret" */
  signingSecret?: string;
  /** Bearer key of admin and ingest calls. @default "demo-admin-key" */
  adminKey?: string;
  /**
   * The longest a user token may still have to live, in seconds: a token whose `exp` lies
   * further from now answers 401. @default 86400 (24 hours)
   */
  tokenMaxLifetimeSeconds?: number;
  /** Seed the demo accounts, users and history (otherwise: the demo catalog only). @default true */
  seed?: boolean;
  /**
   * With the seed: synthetic accounts to add beside the demo's (`synthetic-0001`, …), each with
   * about six months of history, and revenue and usage for every account (a console at scale,
   * the company-results reports). @default 0
   */
  syntheticAccounts?: number;
  /** The clock; `scenario.fixedNow` overrides it. @default () => new Date() */
  now?: () => Date;
  /** Keep the database across reloads; loaded now if it holds a readable database. */
  persist?: MockPersistence;
  /**
   * Absolute base URL the handlers answer under, e.g. `https://api.example.com/goalpost`.
   * By default they answer `/v1/…` under any origin and path prefix.
   */
  baseUrl?: string;
  /** The catalog to start from (and to reset to). @default demoCatalog */
  catalog?: Catalog;
}

/** A mock Goalpost backend: msw handlers over an in-memory database. */
export interface MockBackend {
  /** The handlers of the whole HTTP contract, for `setupWorker`, `setupServer` or `getResponse`. */
  handlers: RequestHandler[];
  /** The in-memory database (the same object for the backend's lifetime, also across resets). */
  state: MockDb;
  /** Back to the initial data (seeded again relative to the clock's now), then saved. */
  reset(): void;
  /** The scenario in force; change it directly or through {@link MockBackend.setScenario}. */
  scenario: Scenario;
  /** Validates and applies part of a scenario; throws a TypeError on a bad value. */
  setScenario(patch: Partial<Scenario>): Scenario;
  /** Starts persisting: loads a saved database if there is one, else saves the current one. */
  usePersistence(persist: MockPersistence): void;
  /** The backend's current time (the clock, or the scenario's fixed time). */
  now(): Date;
}

/**
 * Creates a mock backend implementing the Goalpost HTTP contract (v1), seeded with the demo
 * catalog and accounts.
 * @example
 * const backend = createMockBackend();
 * const server = setupServer(...backend.handlers);
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const tokenMaxLifetimeSeconds = options.tokenMaxLifetimeSeconds ?? defaultMaxTokenLifetimeSeconds;
  if (!(tokenMaxLifetimeSeconds > 0)) {
    throw new TypeError(`tokenMaxLifetimeSeconds must be a positive number of seconds`);
  }
  const catalog = options.catalog ?? demoCatalog;
  const clock = options.now ?? (() => new Date());
  const scenario = defaultScenario();
  const now = () => (scenario.fixedNow ? new Date(scenario.fixedNow) : clock());
  const fresh = (): MockDb => {
    const db = createEmptyDb(catalog);
    if (options.seed ?? true) {
      seedDb(db, now(), { accounts: options.syntheticAccounts ?? 0 });
    }
    return db;
  };
  let persistence: MockPersistence | undefined;
  let writes = Promise.resolve();

  const context: BackendContext = {
    db: fresh(),
    scenario,
    signingSecret: options.signingSecret ?? demoSigningSecret,
    adminKey: options.adminKey ?? demoAdminKey,
    tokenMaxLifetimeSeconds,
    baseUrl: (options.baseUrl ?? "*").replace(/\/+$/, ""),
    clock: now,
    save: () => persistence?.save(serializeDb(context.db)),
    serialize: (task) => {
      const run = writes.then(task, task);
      writes = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
    deliverWebhooks: () => delivery.wake(),
    random: Math.random,
  };
  const delivery = createWebhookDelivery(context);
  const reset = () => {
    Object.assign(context.db, fresh());
    context.save();
  };
  const backend: MockBackend = {
    handlers: createHandlers(context, reset),
    state: context.db,
    reset,
    scenario,
    setScenario(patch) {
      const result = ScenarioPatch.safeParse(patch);
      if (!result.success) throw new TypeError(`invalid scenario: ${result.error.message}`);
      return Object.assign(scenario, result.data);
    },
    usePersistence(persist) {
      persistence = persist;
      const saved = persist.load();
      const loaded = saved === null ? undefined : deserializeDb(saved);
      if (loaded) Object.assign(context.db, loaded);
      else context.save();
    },
    now,
  };
  if (options.persist) backend.usePersistence(options.persist);
  return backend;
}
