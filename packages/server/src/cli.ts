import { ConfigError, loadConfig, loadDatabaseConfig } from "./config/loadConfig.ts";
import type { ServerConfig } from "./config/ServerConfig.ts";
import type { Database } from "./db/Database.ts";
import { migrate } from "./db/migrate.ts";
import { openDatabase } from "./db/openDatabase.ts";
import { loadDemo } from "./demo/loadDemo.ts";
import { createLogger, type Logger } from "./ops/createLogger.ts";
import { type RunningServer, startServer } from "./ops/startServer.ts";
import { parseCliArgs, usage } from "./parseCliArgs.ts";
import { createCatalogCache } from "./store/catalogCache.ts";

/**
 * Runs `goalpost-server`. Serving logs JSON lines (the first one that says "listening" carries
 * the URL) and stops gracefully on SIGINT or SIGTERM (exit 0; 1 when it had to cut requests off).
 * A bad flag or configuration exits 2, a failure to start 1.
 */
export async function main(argv: readonly string[]): Promise<void> {
  let cli: ReturnType<typeof parseCliArgs>;
  try {
    cli = parseCliArgs(argv);
  } catch (error) {
    fail(2, `${(error as Error).message}\n\n${usage}`);
  }
  if (cli.command === "help") {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (cli.command !== "serve") {
    const { database, logLevel } = configured(() => loadDatabaseConfig(process.env));
    const problem = await maintain(cli, database, createLogger(logLevel));
    if (problem) fail(1, problem);
    return;
  }

  const serve = cli;
  const config = configured(() =>
    loadConfig(process.env, {
      demo: serve.demo,
      ...(serve.accounts !== undefined ? { demoAccounts: serve.accounts } : {}),
      ...(serve.port !== undefined ? { port: serve.port } : {}),
      ...(serve.host !== undefined ? { host: serve.host } : {}),
    }),
  );
  const log = createLogger(config.logLevel);
  let server: RunningServer;
  try {
    server = await startServer(config, { log });
  } catch (error) {
    fail(1, `cannot start: ${(error as Error).message}`);
  }
  const stop = () => {
    server.close().then(
      (clean) => process.exit(clean ? 0 : 1),
      (error: unknown) => {
        log.error("shutdown failed", { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/**
 * `migrate` or `seed`: brings the schema up to date and, for `seed`, loads the demo catalog and
 * data into an empty database. Returns what went wrong, if anything.
 */
async function maintain(
  cli: { command: "migrate" } | { command: "seed"; history: boolean; accounts?: number },
  database: ServerConfig["database"],
  log: Logger,
): Promise<string | undefined> {
  let db: Database | undefined;
  try {
    db = await openDatabase(database);
    const applied = await migrate(db);
    log.lifecycle("migrated", { applied, database: db.kind, location: db.location });
    if (cli.command !== "seed") return undefined;
    const seed = cli.accounts === undefined ? {} : { accounts: cli.accounts };
    const loaded = await loadDemo(db, createCatalogCache(), new Date(), cli.history, seed);
    if (loaded === "catalog present") {
      return "the database already holds a catalog: seed loads only into an empty database";
    }
    log.lifecycle("demo data loaded", { history: cli.history });
    return undefined;
  } catch (error) {
    return `${cli.command} failed: ${(error as Error).message}`;
  } finally {
    await db?.close();
  }
}

/** The configuration `load` reads, or exit 2 with what is wrong with it. */
function configured<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) fail(2, error.message);
    throw error;
  }
}

function fail(code: number, message: string): never {
  process.stderr.write(`goalpost-server: ${message}\n`);
  process.exit(code);
}
