import {
  defaultMaxTokenLifetimeSeconds,
  deliveryLimits,
  firstRetryDelayMs,
} from "@goalpost/backend";
import { limits, toValidationIssues } from "@goalpost/core/contract";
import { demoAdminKey, demoSigningSecret } from "@goalpost/demo-data";
import * as z from "zod/mini";
import type { ServerConfig } from "./ServerConfig.ts";

/** A configuration problem, with every bad variable named; the CLI prints it and exits 2. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const minSecretLength = 32;

const integer = (min: number, max: number) =>
  z.pipe(
    z.string().check(z.regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)),
    z.pipe(
      z.transform(Number),
      z
        .number()
        .check(
          z.gte(min, `must be a whole number from ${min} to ${max}`),
          z.lte(max, `must be a whole number from ${min} to ${max}`),
        ),
    ),
  );

const Secret = z
  .string()
  .check(
    z.minLength(
      minSecretLength,
      `must be at least ${minSecretLength} characters (use a random value, e.g. openssl rand -base64 32)`,
    ),
    z.regex(/^\S+$/, "must not contain spaces"),
  );

const Env = z.object({
  GOALPOST_SIGNING_SECRET: z.optional(Secret),
  GOALPOST_ADMIN_KEY: z.optional(Secret),
  DATABASE_URL: z.optional(
    z
      .string()
      .check(z.regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")),
  ),
  DATABASE_POOL_SIZE: z.optional(integer(1, 200)),
  GOALPOST_DATA_DIR: z.optional(z.string().check(z.minLength(1, "must not be empty"))),
  HOST: z.optional(z.string().check(z.minLength(1, "must not be empty"))),
  PORT: z.optional(integer(0, 65_535)),
  GOALPOST_CORS_ORIGINS: z.optional(z.string()),
  GOALPOST_MAX_BODY_BYTES: z.optional(integer(1024, limits.maxBodyBytes)),
  GOALPOST_MAX_ADMIN_BODY_BYTES: z.optional(integer(1024, limits.maxAdminBodyBytes)),
  GOALPOST_RATE_LIMIT: z.optional(integer(0, 1_000_000)),
  GOALPOST_SHUTDOWN_TIMEOUT_MS: z.optional(integer(0, 600_000)),
  GOALPOST_TOKEN_MAX_LIFETIME_SECONDS: z.optional(integer(60, 31_536_000)),
  GOALPOST_HEADERS_TIMEOUT_MS: z.optional(integer(100, 600_000)),
  GOALPOST_REQUEST_TIMEOUT_MS: z.optional(integer(100, 600_000)),
  GOALPOST_IDLE_TIMEOUT_MS: z.optional(integer(100, 600_000)),
  GOALPOST_MAX_CONNECTIONS: z.optional(integer(1, 1_000_000)),
  GOALPOST_LOG_LEVEL: z.optional(z.enum(["info", "warn", "error", "silent"])),
  GOALPOST_WEBHOOKS: z.optional(z.enum(["on", "off"])),
  GOALPOST_WEBHOOKS_ALLOW_PRIVATE: z.optional(z.enum(["true", "false"])),
  GOALPOST_WEBHOOK_POLL_MS: z.optional(integer(10, 600_000)),
  GOALPOST_WEBHOOK_RETRY_BASE_MS: z.optional(integer(10, 3_600_000)),
  GOALPOST_WEBHOOK_TIMEOUT_MS: z.optional(integer(100, 60_000)),
  GOALPOST_WEBHOOK_CONCURRENCY: z.optional(integer(1, 100)),
  GOALPOST_WEBHOOK_SCHEDULE_MS: z.optional(integer(100, 3_600_000)),
  GOALPOST_WEBHOOK_DUE_SOON_DAYS: z.optional(integer(1, 90)),
  GOALPOST_WEBHOOK_CHECKIN_DAYS: z.optional(integer(1, 365)),
});

/** What the command line adds to the environment. */
export interface ConfigOverrides {
  demo?: boolean;
  demoAccounts?: number;
  port?: number;
  host?: string;
}

/**
 * Reads and checks the configuration from environment variables, naming every problem at once.
 * Without `--demo`, both secrets are required (32 characters or more, distinct); with it, missing
 * ones fall back to the public demo secrets, which the server then warns about.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  overrides: ConfigOverrides = {},
): ServerConfig {
  const problems: string[] = [];
  const vars = readEnv(env);
  const demo = overrides.demo ?? false;
  const demoSecrets: ServerConfig["demoSecrets"] = [];
  let signingSecret = vars.GOALPOST_SIGNING_SECRET;
  let adminKey = vars.GOALPOST_ADMIN_KEY;
  if (demo && signingSecret === undefined) {
    signingSecret = demoSigningSecret;
    demoSecrets.push("signing secret");
  }
  if (demo && adminKey === undefined) {
    adminKey = demoAdminKey;
    demoSecrets.push("admin key");
  }
  if (signingSecret === undefined) {
    problems.push(
      "GOALPOST_SIGNING_SECRET is required: the secret your backend signs user tokens with (HS256)",
    );
  }
  if (adminKey === undefined) {
    problems.push("GOALPOST_ADMIN_KEY is required: the bearer key of admin and ingest calls");
  }
  if (signingSecret !== undefined && signingSecret === adminKey) {
    problems.push("GOALPOST_ADMIN_KEY must differ from GOALPOST_SIGNING_SECRET");
  }
  const headersTimeoutMs = vars.GOALPOST_HEADERS_TIMEOUT_MS ?? 10_000;
  const requestTimeoutMs = vars.GOALPOST_REQUEST_TIMEOUT_MS ?? 30_000;
  if (headersTimeoutMs > requestTimeoutMs) {
    problems.push(
      `GOALPOST_HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not exceed GOALPOST_REQUEST_TIMEOUT_MS (${requestTimeoutMs}): the headers are part of the request`,
    );
  }
  const corsOrigins = parseOrigins(vars.GOALPOST_CORS_ORIGINS ?? "", problems);
  const database = databaseOf(vars, problems);
  if (problems.length > 0 || signingSecret === undefined || adminKey === undefined) {
    throw new ConfigError(problems);
  }
  return {
    signingSecret,
    adminKey,
    database,
    host: overrides.host ?? vars.HOST ?? "127.0.0.1",
    port: overrides.port ?? vars.PORT ?? 8787,
    corsOrigins,
    maxBodyBytes: vars.GOALPOST_MAX_BODY_BYTES ?? limits.maxBodyBytes,
    maxAdminBodyBytes: vars.GOALPOST_MAX_ADMIN_BODY_BYTES ?? limits.maxAdminBodyBytes,
    rateLimitPerMinute: vars.GOALPOST_RATE_LIMIT ?? 600,
    shutdownTimeoutMs: vars.GOALPOST_SHUTDOWN_TIMEOUT_MS ?? 10_000,
    tokenMaxLifetimeSeconds:
      vars.GOALPOST_TOKEN_MAX_LIFETIME_SECONDS ?? defaultMaxTokenLifetimeSeconds,
    headersTimeoutMs,
    requestTimeoutMs,
    idleTimeoutMs: vars.GOALPOST_IDLE_TIMEOUT_MS ?? 10_000,
    maxConnections: vars.GOALPOST_MAX_CONNECTIONS ?? 500,
    logLevel: vars.GOALPOST_LOG_LEVEL ?? "info",
    webhooks: {
      enabled: vars.GOALPOST_WEBHOOKS !== "off",
      allowPrivate: vars.GOALPOST_WEBHOOKS_ALLOW_PRIVATE === "true",
      pollMs: vars.GOALPOST_WEBHOOK_POLL_MS ?? 1000,
      retryBaseMs: vars.GOALPOST_WEBHOOK_RETRY_BASE_MS ?? firstRetryDelayMs,
      timeoutMs: vars.GOALPOST_WEBHOOK_TIMEOUT_MS ?? deliveryLimits.timeoutMs,
      concurrency: vars.GOALPOST_WEBHOOK_CONCURRENCY ?? 8,
      scheduleMs: vars.GOALPOST_WEBHOOK_SCHEDULE_MS ?? 60_000,
      dueSoonDays: vars.GOALPOST_WEBHOOK_DUE_SOON_DAYS ?? 3,
      checkInDays: vars.GOALPOST_WEBHOOK_CHECKIN_DAYS ?? 14,
    },
    demo,
    ...(demo && overrides.demoAccounts !== undefined
      ? { demoAccounts: overrides.demoAccounts }
      : {}),
    demoSecrets,
  };
}

/** The variables `migrate` and `seed` read: they need the database, not the secrets. */
const maintenanceVariables = [
  "DATABASE_URL",
  "DATABASE_POOL_SIZE",
  "GOALPOST_DATA_DIR",
  "GOALPOST_LOG_LEVEL",
];

/** The database and log level, for `goalpost-server migrate` and `seed`. */
export function loadDatabaseConfig(
  env: Record<string, string | undefined>,
): Pick<ServerConfig, "database" | "logLevel"> {
  const problems: string[] = [];
  const vars = readEnv(
    Object.fromEntries(Object.entries(env).filter(([k]) => maintenanceVariables.includes(k))),
  );
  const database = databaseOf(vars, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { database, logLevel: vars.GOALPOST_LOG_LEVEL ?? "info" };
}

/** The environment checked against {@link Env}; an empty variable counts as unset. */
function readEnv(env: Record<string, string | undefined>): z.infer<typeof Env> {
  // Shells and compose files often leave variables set but empty.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const result = Env.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    toValidationIssues(result.error).map((issue) => `${issue.path.join(".")} ${issue.message}`),
  );
}

/** PostgreSQL when `DATABASE_URL` is set, else PGlite in `GOALPOST_DATA_DIR`. */
function databaseOf(vars: z.infer<typeof Env>, problems: string[]): ServerConfig["database"] {
  if (vars.DATABASE_URL !== undefined && vars.GOALPOST_DATA_DIR !== undefined) {
    problems.push("set DATABASE_URL (PostgreSQL) or GOALPOST_DATA_DIR (embedded PGlite), not both");
  }
  return vars.DATABASE_URL !== undefined
    ? { kind: "postgres", url: vars.DATABASE_URL, poolSize: vars.DATABASE_POOL_SIZE ?? 10 }
    : { kind: "pglite", dataDir: vars.GOALPOST_DATA_DIR ?? "goalpost-data" };
}

/** `GOALPOST_CORS_ORIGINS`: comma-separated origins such as `https://app.example.com`. */
function parseOrigins(text: string, problems: string[]): string[] {
  const origins: string[] = [];
  for (const item of text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    let origin: string | undefined;
    try {
      const url = new URL(item);
      if (
        (url.protocol === "http:" || url.protocol === "https:") &&
        url.origin === item.replace(/\/$/, "")
      ) {
        origin = url.origin;
      }
    } catch {
      // reported below
    }
    if (origin) origins.push(origin);
    else
      problems.push(
        `GOALPOST_CORS_ORIGINS: "${item}" is not an origin (scheme://host[:port], no path), e.g. https://app.example.com`,
      );
  }
  return origins;
}
