import { demoAdminKey } from "@goalpost/demo-data";
import { ConfigError, loadConfig, loadDatabaseConfig } from "./config/loadConfig.ts";
import type { ServerConfig } from "./config/ServerConfig.ts";
import { checkCatalogFile, jsonPath } from "./console/catalogFile.ts";
import { consoleLink } from "./consoleLink.ts";
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
  if (cli.command === "catalog") {
    const { code, output } = await catalogCommand(cli);
    (code === 0 ? process.stdout : process.stderr).write(`${output}\n`);
    if (code !== 0) process.exit(code);
    return;
  }
  if (cli.command === "console-link") {
    process.stdout.write(`${await link(cli)}\n`);
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
  cli: { command: "migrate" } | { command: "seed"; history: boolean; accounts: number },
  database: ServerConfig["database"],
  log: Logger,
): Promise<string | undefined> {
  let db: Database | undefined;
  try {
    db = await openDatabase(database);
    const applied = await migrate(db);
    log.lifecycle("migrated", { applied, database: db.kind, location: db.location });
    if (cli.command !== "seed") return undefined;
    const loaded = await loadDemo(db, createCatalogCache(), new Date(), cli.history, {
      accounts: cli.accounts,
    });
    if (loaded === "catalog present") {
      return "the database already holds a catalog: seed loads only into an empty database";
    }
    log.lifecycle("demo data loaded", { history: cli.history, syntheticAccounts: cli.accounts });
    return undefined;
  } catch (error) {
    return `${cli.command} failed: ${(error as Error).message}`;
  } finally {
    await db?.close();
  }
}

/**
 * `console-link`: signs a console token with `GOALPOST_ADMIN_KEY` (the demo key with `--demo`
 * when it is unset) and prints the link; the server need not be running.
 */
async function link(cli: Extract<ReturnType<typeof parseCliArgs>, { command: "console-link" }>) {
  const env = process.env;
  const adminKey = env.GOALPOST_ADMIN_KEY || (cli.demo ? demoAdminKey : undefined);
  if (!adminKey) {
    fail(2, "console-link signs with GOALPOST_ADMIN_KEY: set it (or pass --demo for the demo key)");
  }
  const baseUrl =
    cli.url ?? env.GOALPOST_PUBLIC_URL ?? `http://${env.HOST || "127.0.0.1"}:${env.PORT || "8787"}`;
  try {
    return await consoleLink({
      baseUrl,
      adminKey,
      name: cli.name,
      hours: cli.hours,
      now: new Date(),
    });
  } catch (error) {
    fail(2, (error as Error).message);
  }
}

/**
 * `catalog check FILE` and `catalog push FILE`: the file's problems by JSON path (exit 1), or,
 * for push, the catalog replaced through `PUT /v1/admin/catalog` with `GOALPOST_ADMIN_KEY`.
 */
async function catalogCommand(
  cli: Extract<ReturnType<typeof parseCliArgs>, { command: "catalog" }>,
): Promise<{ code: number; output: string }> {
  const checked = await checkCatalogFile(cli.file);
  if (!checked.ok) {
    const lines = checked.problems.map((p) => `  ${p.path}: ${p.message}`);
    const count = `${checked.problems.length} problem${checked.problems.length === 1 ? "" : "s"}`;
    return { code: 1, output: `${cli.file}: ${count}\n${lines.join("\n")}` };
  }
  const { roles, metrics, valueElements } = checked.catalog;
  const summary = `${roles.length} roles, ${metrics.length} metrics, ${valueElements.length} value elements`;
  if (cli.action === "check")
    return { code: 0, output: `${cli.file} is a valid catalog: ${summary}` };
  const env = process.env;
  const adminKey = env.GOALPOST_ADMIN_KEY || (cli.demo ? demoAdminKey : undefined);
  if (!adminKey) {
    return {
      code: 2,
      output: "catalog push sends GOALPOST_ADMIN_KEY: set it (or pass --demo for the demo key)",
    };
  }
  const base = (
    cli.url ??
    env.GOALPOST_PUBLIC_URL ??
    `http://${env.HOST || "127.0.0.1"}:${env.PORT || "8787"}`
  ).replace(/\/+$/, "");
  let response: Response;
  try {
    response = await fetch(`${base}/v1/admin/catalog`, {
      method: "PUT",
      headers: { authorization: `Bearer ${adminKey}`, "content-type": "application/json" },
      body: JSON.stringify(checked.catalog),
    });
  } catch (error) {
    return {
      code: 1,
      output: `catalog push: ${base} did not answer (${(error as Error).message})`,
    };
  }
  if (response.ok) return { code: 0, output: `the catalog at ${base} is replaced: ${summary}` };
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { message?: string; issues?: { path: PropertyKey[]; message: string }[] } }
    | undefined;
  const issues = (body?.error?.issues ?? []).map((i) => `  ${jsonPath(i.path)}: ${i.message}`);
  return {
    code: 1,
    output: [
      `catalog push: ${base} answered ${response.status}: ${body?.error?.message ?? ""}`,
      ...issues,
    ].join("\n"),
  };
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
