import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";

/** A throwaway PostgreSQL database. */
export interface PostgresDatabase {
  /** Its connection URL. */
  url: string;
  /** Drops it (closing what is still connected). */
  drop(): Promise<void>;
}

/** Where the suite finds PostgreSQL: `GOALPOST_TEST_POSTGRES` or the CI service on 127.0.0.1. */
export const postgresServerUrl =
  process.env.GOALPOST_TEST_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The part of postgres.js this file uses. */
interface AdminConnection {
  unsafe(query: string): Promise<unknown>;
  end(options: { timeout: number }): Promise<void>;
}

// The suites are no server of their own: they borrow postgres.js from the server, which uses it.
const require = createRequire(new URL("../../../packages/server/package.json", import.meta.url));
const postgres = require("postgres") as (
  url: string,
  options: { max: number; onnotice: () => void; connect_timeout: number },
) => AdminConnection;

/**
 * Creates a database with a unique name on the PostgreSQL server at {@link postgresServerUrl}.
 * Fails with a message saying how to fix it when the server cannot be reached: CI must fail,
 * not skip, when PostgreSQL is missing.
 */
export async function createPostgresDatabase(prefix: string): Promise<PostgresDatabase> {
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = postgres(postgresServerUrl, {
    max: 1,
    onnotice: () => undefined,
    connect_timeout: 5,
  });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end({ timeout: 1 });
    throw new Error(
      `cannot create a test database on ${postgresServerUrl.replace(/\/\/[^@]*@/, "//")}: ` +
        `${(error as Error).message}. The PostgreSQL tests (server, contract, crash) need PostgreSQL ` +
        "(trust auth for user postgres on 127.0.0.1:5432, or set GOALPOST_TEST_POSTGRES).",
      { cause: error },
    );
  }
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      try {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end({ timeout: 1 });
      }
    },
  };
}
