import { randomUUID } from "node:crypto";
import postgres from "postgres";

/** Where the tests find PostgreSQL: `GOALPOST_TEST_POSTGRES` or the CI service on 127.0.0.1. */
export const postgresServerUrl =
  process.env.GOALPOST_TEST_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * A database with a unique name on the test PostgreSQL, and how to drop it. Fails (never
 * skips) with a message saying what is missing when PostgreSQL cannot be reached.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `goalpost_unit_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
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
      `the server's PostgreSQL tests need PostgreSQL at ${postgresServerUrl} ` +
        `(trust auth for user postgres, or set GOALPOST_TEST_POSTGRES): ${(error as Error).message}`,
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
