import { defaultMaxTokenLifetimeSeconds } from "@goalpost/backend";
import type { Hono } from "hono";
import { ConfigError } from "../config/loadConfig.ts";
import type { ServerConfig, WebhookConfig } from "../config/ServerConfig.ts";
import type { Database } from "../db/Database.ts";
import { createLogger, type Logger } from "../ops/createLogger.ts";
import { createRateLimiter } from "../ops/createRateLimiter.ts";
import { type CatalogCache, createCatalogCache } from "../store/catalogCache.ts";
import { createRecentUsers } from "../store/recentUsers.ts";
import type { AppEnv } from "./AppEnv.ts";
import { createApp } from "./createApp.ts";
import { trackInFlight } from "./trackInFlight.ts";

/**
 * What the app reads of the server's configuration: its secrets, the browser origins it allows
 * and its limits. `loadConfig(process.env)` returns all of it, checked.
 */
export type GoalpostAppConfig = Pick<
  ServerConfig,
  | "signingSecret"
  | "adminKey"
  | "corsOrigins"
  | "maxBodyBytes"
  | "maxAdminBodyBytes"
  | "rateLimitPerMinute"
> &
  Partial<Pick<ServerConfig, "logLevel" | "demoSecrets" | "tokenMaxLifetimeSeconds">> & {
    /** @default { enabled: true, allowPrivate: false } */
    webhooks?: Pick<WebhookConfig, "enabled" | "allowPrivate">;
  };

/** Options of {@link createGoalpostApp}. */
export interface GoalpostAppOptions {
  /** Where logs go. @default JSON lines on stdout/stderr at `config.logLevel` ("info") */
  log?: Logger;
  /** The clock. @default () => new Date() */
  clock?: () => Date;
  /** The catalog cache, when the caller has one already (it loaded the demo through it). */
  catalog?: CatalogCache;
  /** Called after a transaction wrote webhook events (the worker's nudge). */
  onEventsWritten?: () => void;
  /** Called after an endpoint was created, enabled or replayed to (the worker's `endpointsChanged`). */
  onEndpointsChanged?: () => void;
}

/** The Goalpost HTTP API as a Hono app, without a listener. */
export interface GoalpostApp {
  /**
   * The whole HTTP contract (v1) and `GET /health`. `app.fetch` answers a web `Request` on any
   * runtime; `host.mount("/goalpost", app.fetch)` serves it under a path of another Hono app
   * (`host.route` would answer unknown paths with the host's 404, not the contract's error body).
   */
  app: Hono<AppEnv>;
  /**
   * Begins a graceful stop: the health check answers 503 from now on, and the promise resolves
   * once no request is in flight. The database stays open: it is the caller's to close.
   */
  drain(): Promise<void>;
}

/**
 * The reference server's Hono app on a database you opened and migrated (`openDatabase`,
 * `migrate`), for mounting in another server or serving on another runtime. `startServer` is
 * the same app behind Node's HTTP listener, with the webhook worker and scheduler beside it: the
 * app's writes put their events in the outbox (unless `config.webhooks.enabled` is false), and
 * delivering them is `startWebhookWorker`'s and `startWebhookScheduler`'s, which a host that
 * mounts the app starts itself (as below) — without them events wait in the outbox.
 * @example
 * const config = loadConfig(process.env);
 * const db = await openDatabase(config.database);
 * await migrate(db);
 * const worker = startWebhookWorker(db, config.webhooks, { log: createLogger("info") });
 * const { app } = createGoalpostApp(db, config, { onEventsWritten: () => worker.nudge() });
 * await startWebhookScheduler(db, config.webhooks, { log: createLogger("info"), clock: () => new Date() });
 * host.mount("/goalpost", app.fetch); // host: your own Hono app
 */
export function createGoalpostApp(
  db: Database,
  config: GoalpostAppConfig,
  options: GoalpostAppOptions = {},
): GoalpostApp {
  const missing = (["signingSecret", "adminKey"] as const).filter(
    (name) => typeof config[name] !== "string" || config[name] === "",
  );
  if (missing.length > 0) {
    throw new ConfigError(missing.map((name) => `${name} is required (loadConfig checks it)`));
  }
  const log = options.log ?? createLogger(config.logLevel ?? "info");
  for (const secret of config.demoSecrets ?? []) {
    log.warn("using the public demo secret: for demos only, never in production", { secret });
  }
  const inFlight = trackInFlight();
  const app = createApp(
    {
      db,
      catalog: options.catalog ?? createCatalogCache(),
      recentUsers: createRecentUsers(),
      signingSecret: config.signingSecret,
      adminKey: config.adminKey,
      tokenMaxLifetimeSeconds: config.tokenMaxLifetimeSeconds ?? defaultMaxTokenLifetimeSeconds,
      maxBodyBytes: config.maxBodyBytes,
      maxAdminBodyBytes: config.maxAdminBodyBytes,
      rateLimit: createRateLimiter(config.rateLimitPerMinute),
      log,
      clock: options.clock ?? (() => new Date()),
      webhooks: {
        enabled: config.webhooks?.enabled ?? true,
        allowPrivate: config.webhooks?.allowPrivate ?? false,
        written: options.onEventsWritten ?? (() => undefined),
        endpointsChanged: options.onEndpointsChanged ?? (() => undefined),
      },
    },
    { corsOrigins: config.corsOrigins, inFlight },
  );
  return { app, drain: () => inFlight.drain() };
}
