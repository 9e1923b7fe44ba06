export {
  ConfigError,
  type ConfigOverrides,
  loadConfig,
  loadDatabaseConfig,
} from "./config/loadConfig.ts";
export type { LogLevel, ServerConfig, WebhookConfig } from "./config/ServerConfig.ts";
export type { Database, Row, Sql, Transaction } from "./db/Database.ts";
export { migrate } from "./db/migrate.ts";
export { openDatabase } from "./db/openDatabase.ts";
export { type DemoLoad, loadDemo } from "./demo/loadDemo.ts";
export {
  createGoalpostApp,
  type GoalpostApp,
  type GoalpostAppConfig,
  type GoalpostAppOptions,
} from "./http/createGoalpostApp.ts";
export { createLogger, type Logger } from "./ops/createLogger.ts";
export { type RunningServer, type StartOptions, startServer } from "./ops/startServer.ts";
export { createCatalogCache } from "./store/catalogCache.ts";
export {
  type SchedulerOptions,
  startWebhookScheduler,
  type WebhookScheduler,
} from "./webhooks/scheduler.ts";
export { startWebhookWorker, type WebhookWorker, type WorkerOptions } from "./webhooks/worker.ts";
