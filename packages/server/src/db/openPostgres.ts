import postgres from "postgres";
import type { Database, Row, Sql } from "./Database.ts";

/** Options of {@link openPostgres}. */
export interface PostgresOptions {
  /** Connections in the pool. @default 10 */
  poolSize?: number;
}

/**
 * Connects to PostgreSQL with postgres.js: a pool of connections, statements prepared once per
 * connection. Dates, numbers and JSON come back as JavaScript values; 64-bit integers as text.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const sql = postgres(url, {
    max: options.poolSize ?? 10,
    onnotice: () => undefined,
    // Times are timestamptz everywhere; keep the session in UTC so nothing depends on the host.
    connection: { TimeZone: "UTC", application_name: "goalpost-server" },
  });
  const run =
    (client: postgres.Sql | postgres.TransactionSql) =>
    async <T extends Row>(text: string, params: readonly unknown[] = []) =>
      (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
        prepare: true,
      })) as unknown as T[];
  // Fail at start, with the server's own message, rather than on the first request.
  await sql.unsafe("select 1");
  return {
    kind: "postgres",
    location: describeUrl(url),
    query: run(sql),
    transaction: <T>(work: (tx: Sql) => Promise<T>) =>
      sql.begin((tx) => work({ query: run(tx) })) as Promise<T>,
    close: () => sql.end({ timeout: 5 }),
  };
}

/** `host:port/database` of a connection URL, without user or password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
