/** Everything the server is configured with; read from the environment by `loadConfig`. */
export interface ServerConfig {
  /** HS256 secret the vendor's backend signs user tokens with (`GOALPOST_SIGNING_SECRET`). */
  signingSecret: string;
  /** Bearer key of admin and ingest calls (`GOALPOST_ADMIN_KEY`). */
  adminKey: string;
  /** Where the data lives: PostgreSQL (`DATABASE_URL`) or PGlite in a directory. */
  database:
    | { kind: "postgres"; url: string; poolSize: number }
    | { kind: "pglite"; dataDir: string };
  /** Interface to listen on (`HOST`). @default "127.0.0.1" */
  host: string;
  /** Port to listen on, 0 for any free one (`PORT`). @default 8787 */
  port: number;
  /** Origins whose pages may call the API from a browser (`GOALPOST_CORS_ORIGINS`). */
  corsOrigins: string[];
  /** Largest end-user request body, in bytes (`GOALPOST_MAX_BODY_BYTES`). */
  maxBodyBytes: number;
  /** Largest admin or ingest request body, in bytes (`GOALPOST_MAX_ADMIN_BODY_BYTES`). */
  maxAdminBodyBytes: number;
  /** Requests per minute each user may make; 0 turns the limit off (`GOALPOST_RATE_LIMIT`). */
  rateLimitPerMinute: number;
  /** How long a shutdown waits for requests in flight, in ms (`GOALPOST_SHUTDOWN_TIMEOUT_MS`). */
  shutdownTimeoutMs: number;
  /**
   * The longest a user token may still have to live, in seconds: a token whose `exp` lies
   * further from now answers 401 (`GOALPOST_TOKEN_MAX_LIFETIME_SECONDS`). @default 86400
   */
  tokenMaxLifetimeSeconds: number;
  /**
   * How long a client may take to send a request's headers, in ms; a connection that sends
   * nothing is closed after it too (`GOALPOST_HEADERS_TIMEOUT_MS`). @default 10000
   */
  headersTimeoutMs: number;
  /**
   * How long a client may take to send a whole request, body included, in ms; then it gets 408
   * and its connection is closed (`GOALPOST_REQUEST_TIMEOUT_MS`). @default 30000
   */
  requestTimeoutMs: number;
  /**
   * How long a kept-alive connection may sit idle between requests, in ms
   * (`GOALPOST_IDLE_TIMEOUT_MS`). @default 10000
   */
  idleTimeoutMs: number;
  /**
   * Open connections at most; further ones are closed as they arrive
   * (`GOALPOST_MAX_CONNECTIONS`). @default 500
   */
  maxConnections: number;
  /** `info` logs every request; `warn` and `error` only problems (`GOALPOST_LOG_LEVEL`). */
  logLevel: LogLevel;
  /** Webhooks to the vendor's backend (docs/webhooks.md). */
  webhooks: WebhookConfig;
  /** Started with `--demo`: load the demo catalog and seed data into an empty database. */
  demo: boolean;
  /** With `--demo --accounts N`: synthetic accounts with revenue and usage to seed beside the demo's. */
  demoAccounts?: number;
  /** Which secrets are the public demo ones (only ever with `--demo`). */
  demoSecrets: ("signing secret" | "admin key")[];
}

/** How much the server logs. */
export type LogLevel = "info" | "warn" | "error" | "silent";

/** How events are written and delivered (docs/webhooks.md). */
export interface WebhookConfig {
  /**
   * Write events in the outbox and deliver them; `off` writes none and starts no worker
   * (`GOALPOST_WEBHOOKS=on|off`). @default on
   */
  enabled: boolean;
  /**
   * Accept endpoints on, and deliver to, private, link-local and loopback addresses
   * (`GOALPOST_WEBHOOKS_ALLOW_PRIVATE=true`), for development and receivers inside the vendor's
   * network. @default false
   */
  allowPrivate: boolean;
  /** How often the worker looks for due deliveries, in ms (`GOALPOST_WEBHOOK_POLL_MS`). @default 1000 */
  pollMs: number;
  /** The first retry's wait, doubling after each failure, in ms (`GOALPOST_WEBHOOK_RETRY_BASE_MS`). @default 30000 */
  retryBaseMs: number;
  /** The longest a receiver may take to answer, in ms (`GOALPOST_WEBHOOK_TIMEOUT_MS`). @default 10000 */
  timeoutMs: number;
  /** Deliveries in flight at once, per instance (`GOALPOST_WEBHOOK_CONCURRENCY`). @default 8 */
  concurrency: number;
  /** How often the scheduler looks for goals due soon, missed or overdue, in ms (`GOALPOST_WEBHOOK_SCHEDULE_MS`). @default 60000 */
  scheduleMs: number;
  /** `goal.due_soon` this many days before a due date (`GOALPOST_WEBHOOK_DUE_SOON_DAYS`). @default 3 */
  dueSoonDays: number;
  /** `checkin.overdue` after this many days without an entry (`GOALPOST_WEBHOOK_CHECKIN_DAYS`). @default 14 */
  checkInDays: number;
}
