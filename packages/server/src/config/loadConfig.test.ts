import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./loadConfig.ts";

const secrets = {
  GOALPOST_SIGNING_SECRET: "s".repeat(32),
  GOALPOST_ADMIN_KEY: "k".repeat(40),
};

function problems(env: Record<string, string | undefined>, demo = false): string[] {
  try {
    loadConfig(env, { demo });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

describe("loadConfig", () => {
  it("refuses to start without secrets unless --demo, naming each missing one", () => {
    const missing = problems({});
    expect(missing.join("\n")).toMatch(/GOALPOST_SIGNING_SECRET is required/);
    expect(missing.join("\n")).toMatch(/GOALPOST_ADMIN_KEY is required/);
  });

  it("falls back to the demo secrets with --demo, and says which it used", () => {
    const config = loadConfig({}, { demo: true });
    expect(config.signingSecret).toBe("demo-signing-secret");
    expect(config.adminKey).toBe("demo-admin-key");
    expect(config.demoSecrets).toEqual(["signing secret", "admin key"]);
    expect(loadConfig(secrets, { demo: true }).demoSecrets).toEqual([]);
  });

  it("defaults to PGlite in ./goalpost-data on 127.0.0.1:8787 with the contract's limits", () => {
    const config = loadConfig(secrets);
    expect(config.database).toEqual({ kind: "pglite", dataDir: "goalpost-data" });
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 8787,
      corsOrigins: [],
      maxBodyBytes: 65_536,
      maxAdminBodyBytes: 1_048_576,
      rateLimitPerMinute: 600,
      tokenMaxLifetimeSeconds: 86_400,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      idleTimeoutMs: 10_000,
      maxConnections: 500,
      logLevel: "info",
      demo: false,
    });
  });

  it("reads every variable", () => {
    const config = loadConfig(
      {
        ...secrets,
        DATABASE_URL: "postgres://goalpost:pw@db.internal:5433/goalpost",
        DATABASE_POOL_SIZE: "20",
        HOST: "0.0.0.0",
        PORT: "9000",
        GOALPOST_CORS_ORIGINS: "https://app.example.com, http://localhost:5173/",
        GOALPOST_MAX_BODY_BYTES: "32768",
        GOALPOST_RATE_LIMIT: "0",
        GOALPOST_SHUTDOWN_TIMEOUT_MS: "2500",
        GOALPOST_TOKEN_MAX_LIFETIME_SECONDS: "28800",
        GOALPOST_HEADERS_TIMEOUT_MS: "5000",
        GOALPOST_REQUEST_TIMEOUT_MS: "20000",
        GOALPOST_IDLE_TIMEOUT_MS: "65000",
        GOALPOST_MAX_CONNECTIONS: "2000",
        GOALPOST_LOG_LEVEL: "warn",
      },
      { port: 0 },
    );
    expect(config).toMatchObject({
      database: {
        kind: "postgres",
        url: "postgres://goalpost:pw@db.internal:5433/goalpost",
        poolSize: 20,
      },
      host: "0.0.0.0",
      port: 0,
      corsOrigins: ["https://app.example.com", "http://localhost:5173"],
      maxBodyBytes: 32_768,
      rateLimitPerMinute: 0,
      shutdownTimeoutMs: 2500,
      tokenMaxLifetimeSeconds: 28_800,
      headersTimeoutMs: 5000,
      requestTimeoutMs: 20_000,
      idleTimeoutMs: 65_000,
      maxConnections: 2000,
      logLevel: "warn",
    });
  });

  it("names every bad value at once", () => {
    const found = problems({
      GOALPOST_SIGNING_SECRET: "short",
      GOALPOST_ADMIN_KEY: "k".repeat(40),
      PORT: "eighty",
      DATABASE_URL: "mysql://nope",
      GOALPOST_MAX_BODY_BYTES: "10000000",
      GOALPOST_LOG_LEVEL: "loud",
    }).join("\n");
    expect(found).toMatch(/GOALPOST_SIGNING_SECRET must be at least 32 characters/);
    expect(found).toMatch(/PORT must be a whole number from 0 to 65535/);
    expect(found).toMatch(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(found).toMatch(/GOALPOST_MAX_BODY_BYTES must be a whole number from 1024 to 65536/);
    expect(found).toMatch(/GOALPOST_LOG_LEVEL must be one of "info", "warn", "error", "silent"/);
  });

  it("refuses the same value for both secrets, both databases, and origins with paths", () => {
    const same = "x".repeat(32);
    expect(problems({ GOALPOST_SIGNING_SECRET: same, GOALPOST_ADMIN_KEY: same })).toEqual([
      "GOALPOST_ADMIN_KEY must differ from GOALPOST_SIGNING_SECRET",
    ]);
    expect(
      problems({ ...secrets, DATABASE_URL: "postgres://h/db", GOALPOST_DATA_DIR: "/data" }),
    ).toEqual(["set DATABASE_URL (PostgreSQL) or GOALPOST_DATA_DIR (embedded PGlite), not both"]);
    expect(
      problems({ ...secrets, GOALPOST_CORS_ORIGINS: "https://app.example.com/widget, *" }),
    ).toHaveLength(2);
  });

  it("refuses token lifetimes, timeouts and caps out of range, and headers slower than requests", () => {
    const found = problems({
      ...secrets,
      GOALPOST_TOKEN_MAX_LIFETIME_SECONDS: "86400000",
      GOALPOST_IDLE_TIMEOUT_MS: "10s",
      GOALPOST_MAX_CONNECTIONS: "0",
    }).join("\n");
    expect(found).toMatch(
      /GOALPOST_TOKEN_MAX_LIFETIME_SECONDS must be a whole number from 60 to 31536000/,
    );
    expect(found).toMatch(/GOALPOST_IDLE_TIMEOUT_MS must be a whole number from 100 to 600000/);
    expect(found).toMatch(/GOALPOST_MAX_CONNECTIONS must be a whole number from 1 to 1000000/);
    expect(problems({ ...secrets, GOALPOST_HEADERS_TIMEOUT_MS: "40000" })).toEqual([
      "GOALPOST_HEADERS_TIMEOUT_MS (40000) must not exceed GOALPOST_REQUEST_TIMEOUT_MS (30000): the headers are part of the request",
    ]);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ ...secrets, PORT: "", DATABASE_URL: "" }).port).toBe(8787);
  });

  it("never puts a secret into its messages", () => {
    const secret = "not-long-enough-secret";
    expect(problems({ GOALPOST_SIGNING_SECRET: secret }).join("\n")).not.toContain(secret);
  });
});
