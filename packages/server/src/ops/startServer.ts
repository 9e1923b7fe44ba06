import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { ServerConfig } from "../config/ServerConfig.ts";
import type { Database } from "../db/Database.ts";
import { migrate } from "../db/migrate.ts";
import { openDatabase } from "../db/openDatabase.ts";
import { loadDemo } from "../demo/loadDemo.ts";
import { createGoalpostApp } from "../http/createGoalpostApp.ts";
import { createCatalogCache } from "../store/catalogCache.ts";
import { startWebhookScheduler, type WebhookScheduler } from "../webhooks/scheduler.ts";
import { startWebhookWorker, type WebhookWorker } from "../webhooks/worker.ts";
import { capConnections } from "./capConnections.ts";
import { connectionTimeouts } from "./connectionTimeouts.ts";
import { createLogger, type Logger } from "./createLogger.ts";

/** A running server. */
export interface RunningServer {
  /** Its base URL, e.g. `http://127.0.0.1:8787`, with the real port. */
  url: string;
  /** The database it serves. */
  db: Database;
  /**
   * Stops gracefully: stops accepting connections and webhook deliveries, lets requests and
   * deliveries in flight finish (up to their configured timeouts, then cuts requests off), and
   * closes the database.
   * @returns whether every request in flight finished
   */
  close(): Promise<boolean>;
}

/** Options of {@link startServer}. */
export interface StartOptions {
  /** Where logs go. @default JSON lines on stdout/stderr at the configured level */
  log?: Logger;
  /** The clock. @default () => new Date() */
  clock?: () => Date;
  /**
   * A database already open, served instead of the configured one (the server migrates it, and
   * closes it when it stops). @default the database `config.database` names
   */
  database?: Database;
}

/**
 * Starts the reference server: opens the database, brings its schema up to date, loads the demo
 * data when configured with `demo` (into an empty database only), listens, and (unless
 * webhooks are off) starts the webhook worker and scheduler.
 * @example
 * const server = await startServer(loadConfig(process.env, { demo: true, port: 0 }));
 */
export async function startServer(
  config: ServerConfig,
  options: StartOptions = {},
): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? (() => new Date());
  const db = options.database ?? (await openDatabase(config.database));
  try {
    const applied = await migrate(db);
    if (applied.length > 0) log.lifecycle("migrated", { applied });
    const catalog = createCatalogCache();
    if (config.demo) {
      const seed = config.demoAccounts === undefined ? {} : { accounts: config.demoAccounts };
      const demo = await loadDemo(db, catalog, clock(), true, seed);
      log.lifecycle(demo === "loaded" ? "demo data loaded" : "demo data kept (catalog present)");
    }
    let worker: WebhookWorker | undefined;
    const { app, drain } = createGoalpostApp(db, config, {
      log,
      clock,
      catalog,
      onEventsWritten: () => worker?.nudge(),
      onEndpointsChanged: () => worker?.endpointsChanged(),
    });
    const server = createAdaptorServer({
      fetch: app.fetch,
      serverOptions: connectionTimeouts(config),
    });
    capConnections(server as Server, config.maxConnections, log);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const host = config.host.includes(":") ? `[${config.host}]` : config.host;
    const url = `http://${host}:${port}`;
    log.lifecycle("listening", { url, database: db.kind, location: db.location });
    let scheduler: WebhookScheduler | undefined;
    if (config.webhooks.enabled) {
      worker = startWebhookWorker(db, config.webhooks, { log });
      scheduler = await startWebhookScheduler(db, config.webhooks, {
        log,
        clock,
        onWritten: () => worker?.nudge(),
      });
    }

    let closing: Promise<boolean> | undefined;
    const close = async () => {
      log.lifecycle("stopping");
      // No more deliveries or schedule rounds; those in flight end within the webhook timeout.
      const webhooksStopped = Promise.all([scheduler?.stop(), worker?.stop()]);
      // An HTTP/1 server: createAdaptorServer was given no HTTP/2 factory.
      const http = server as Server;
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      const deadline = Date.now() + config.shutdownTimeoutMs;
      const finished = await within(drain(), config.shutdownTimeoutMs);
      if (!finished) log.warn("shutdown timed out; cutting off requests in flight");
      // Connections idle at the start were closed by close(); every answer since then said
      // "Connection: close", so the rest end once their last answer is flushed.
      if (!(await within(stopped, finished ? Math.max(1000, deadline - Date.now()) : 0))) {
        http.closeAllConnections();
        await stopped;
      }
      await webhooksStopped;
      await db.close();
      log.lifecycle("stopped", { clean: finished });
      return finished;
    };
    return { url, db, close: () => (closing ??= close()) };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/** Whether `promise` settles within `ms` milliseconds. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const result = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}
