import { connect, type Socket } from "node:net";
import postgres from "postgres";
import type { Database, Row, Sql, Transaction } from "./Database.ts";

/** Options of {@link openPostgres}. */
export interface PostgresOptions {
  /** Connections in the pool. @default 10 */
  poolSize?: number;
}

type Client = postgres.Sql | postgres.ReservedSql;

/**
 * Connects to PostgreSQL with postgres.js: a pool of connections, statements prepared once per
 * connection. Dates, numbers and JSON come back as JavaScript values; 64-bit integers as text.
 * Sockets have Nagle's algorithm off (postgres.js leaves it on), so that statements written
 * one after another are not held back waiting for the answer to the previous write.
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const sql = postgres(url, {
    max: options.poolSize ?? 10,
    onnotice: () => undefined,
    // Times are timestamptz everywhere; keep the session in UTC so nothing depends on the host.
    connection: { TimeZone: "UTC", application_name: "goalpost-server" },
    // postgres.js documents `socket` (a function giving the connected socket) but does not type it.
    ...({ socket: connectSocket } as object),
  });
  const run =
    (client: Client) =>
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
    transaction: (work) => transaction(sql, run, work),
    close: () => sql.end({ timeout: 5 }),
  };
}

/**
 * A transaction on a reserved connection, pipelined: BEGIN is written with the first statements
 * `work` issues, and `commitWith` writes its statement and COMMIT together. Statements issued in
 * one go are written together (postgres.js writes what is issued in one tick at once, and sends
 * prepared statements without waiting for earlier answers). A failed statement makes PostgreSQL
 * ignore the rest of the transaction, and a COMMIT after it answers ROLLBACK: then nothing was
 * committed, and the failure is what `work` sees.
 */
async function transaction<T>(
  sql: postgres.Sql,
  run: (client: Client) => Sql["query"],
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const connection = await sql.reserve();
  let committed = false;
  try {
    const begun = connection.unsafe("begin");
    // Awaited below; caught here so that a failed BEGIN is not also an unhandled rejection.
    begun.catch(() => undefined);
    const send = run(connection);
    let committing: Promise<void> | undefined;
    const query: Sql["query"] = (text, params) => {
      if (committing) return Promise.reject(new Error("the transaction has already committed"));
      return send(text, params);
    };
    const commit = async () => {
      const [done] = await Promise.all([connection.unsafe("commit"), begun]);
      committed = true;
      if ((done as unknown as { command?: string } | undefined)?.command === "ROLLBACK") {
        throw new Error("the transaction was rolled back: one of its statements failed");
      }
    };
    const result = await work({
      query,
      async commitWith<R extends Row>(text: string, params: readonly unknown[] = []) {
        const rows = query<R>(text, params);
        committing = commit();
        const [answer] = await Promise.all([rows, committing]);
        return answer;
      },
    });
    // Rethrows a failed commitWith's failure even when the work caught it.
    await (committing ?? commit());
    return result;
  } catch (error) {
    if (!committed) await connection.unsafe("rollback").catch(() => undefined);
    throw error;
  } finally {
    connection.release();
  }
}

/**
 * A connected socket to the URL's first host without Nagle's algorithm, or to its Unix socket:
 * what postgres.js would open itself, bar `noDelay` (and trying further hosts of a multi-host URL).
 */
function connectSocket(options: {
  host: string[];
  port: number[];
  path?: string | false;
  connect_timeout?: number;
}): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = options.path
      ? connect(options.path)
      : connect({ host: options.host[0], port: options.port[0] ?? 5432, noDelay: true });
    // postgres.js times the connection from when it has the socket: time the connect here.
    socket.setTimeout((options.connect_timeout ?? 30) * 1000, () =>
      socket.destroy(new Error(`could not connect to ${options.host[0]} in time`)),
    );
    socket.once("error", reject);
    socket.once("connect", () => {
      socket.setTimeout(0);
      socket.off("error", reject);
      resolve(socket);
    });
  });
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
