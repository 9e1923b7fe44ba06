import { readFileSync } from "node:fs";
import { signToken } from "@goalpost/backend";
import type { DemoUser } from "@goalpost/demo-data";
import { inject } from "vitest";
// One helper for every suite that needs a throwaway PostgreSQL database.
import { createPostgresDatabase } from "../../../../test/contract/support/createPostgresDatabase.ts";
import { loadConfig } from "../config/loadConfig.ts";
import { openPglite } from "../db/openPglite.ts";
import { createLogger } from "../ops/createLogger.ts";
import { type RunningServer, startServer } from "../ops/startServer.ts";

/** A fixed "now" for tests, so seeded data and due dates are stable. */
export const testNow = new Date("2026-03-02T09:00:00.000Z");

/** Options of {@link startTestServer}. */
export interface TestServerOptions {
  database: "pglite" | "postgres";
  /** Load the demo catalog and seed data. @default true */
  demo?: boolean;
  /** The server's clock. @default () => testNow */
  clock?: () => Date;
  /** More environment variables (the secrets are the demo ones unless given). */
  env?: Record<string, string>;
}

/** What a test request carries. */
export interface CallOptions {
  /** A user token, or a user to sign one for. */
  as?: string | Pick<DemoUser, "id" | "accountId" | "roleId">;
  /** Send the admin key. */
  admin?: boolean;
  /** A JSON body (serialised), or a raw string body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * The server on an in-memory PGlite (a copy of the run's migrated snapshot) or a fresh
 * PostgreSQL database, listening on a free port,
 * with its log lines captured, and a `call` that speaks real HTTP to it.
 */
export async function startTestServer(options: TestServerOptions) {
  const clock = options.clock ?? (() => testNow);
  const created =
    options.database === "postgres" ? await createPostgresDatabase("goalpost_unit") : undefined;
  const logs: Record<string, unknown>[] = [];
  const config = loadConfig(
    {
      ...(created ? { DATABASE_URL: created.url } : { GOALPOST_DATA_DIR: "memory://" }),
      ...options.env,
    },
    { demo: options.demo ?? true, port: 0 },
  );
  let server: RunningServer;
  try {
    // An in-memory PGlite starts from the run's migrated snapshot (src/testing/globalSetup.ts).
    const snapshot = inject("pgliteSnapshot");
    const inMemory = config.database.kind === "pglite" && config.database.dataDir === "memory://";
    const database =
      inMemory && snapshot
        ? await openPglite("memory://", { snapshot: new Blob([readFileSync(snapshot)]) })
        : undefined;
    server = await startServer(config, {
      ...(database ? { database } : {}),
      clock,
      log: createLogger("info", (line) => {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      }),
    });
  } catch (error) {
    await created?.drop();
    throw error;
  }

  async function call(method: string, path: string, call: CallOptions = {}) {
    const headers = new Headers(call.headers);
    if (call.as !== undefined) {
      const token =
        typeof call.as === "string"
          ? call.as
          : await signToken(
              {
                sub: call.as.id,
                acc: call.as.accountId,
                role: call.as.roleId,
                exp: Math.floor(clock().getTime() / 1000) + 3600,
              },
              config.signingSecret,
            );
      headers.set("authorization", `Bearer ${token}`);
    }
    if (call.admin) headers.set("authorization", `Bearer ${config.adminKey}`);
    let body: string | undefined;
    if (call.body !== undefined) {
      body = typeof call.body === "string" ? call.body : JSON.stringify(call.body);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
    }
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON shapes
    const json: any = text ? JSON.parse(text) : undefined;
    return { status: response.status, body: json, headers: response.headers };
  }

  return {
    server,
    config,
    url: server.url,
    db: server.db,
    logs,
    call,
    async close() {
      await server.close();
      await created?.drop();
    },
  };
}

/** A server started by {@link startTestServer}. */
export type TestServer = Awaited<ReturnType<typeof startTestServer>>;
