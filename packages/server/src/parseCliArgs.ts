import { parseArgs } from "node:util";

/** What `goalpost-server` was asked to do. */
export type CliCommand =
  | { command: "serve"; demo: boolean; accounts?: number; port?: number; host?: string }
  | { command: "migrate" }
  | { command: "seed"; history: boolean; accounts: number }
  | { command: "console-link"; name: string; hours: number; url?: string; demo: boolean }
  | { command: "catalog"; action: "check" | "push"; file: string; url?: string; demo: boolean }
  | { command: "help" };

/** Usage text of `goalpost-server`. */
export const usage = `Usage:
  goalpost-server [--demo [--accounts <n>]] [--port <n>] [--host <address>]
                                                            serve the Goalpost HTTP API (v1)
  goalpost-server migrate                                   bring the database schema up to date
  goalpost-server seed [--no-history] [--accounts <n>]      load the demo catalog and seed data
                                                            into an empty database
  goalpost-server console-link [--name <n>] [--hours <h>] [--url <base>] [--demo]
                                                            print a sign-in link to the console
                                                            (a console token in its fragment)
  goalpost-server catalog check <file>                      validate a catalog file, naming each
                                                            problem by its JSON path
  goalpost-server catalog push <file> [--url <base>] [--demo]
                                                            validate it, then replace the catalog
                                                            through the admin API

  --demo            load the demo catalog and seed data into an empty database, and use the
                    public demo secrets for any that are not set (never in production)
  --port <n>        port, 0 for any free one (default: PORT, else 8787)
  --host <address>  interface (default: HOST, else 127.0.0.1)
  --no-history      seed: the demo catalog only, no accounts or history
  --accounts <n>    --demo, seed: also n synthetic accounts with history (default 0, at most
                    20000), and revenue and usage for every account (company results)
  --name <n>        console-link: the staff member's name (default: Console)
  --hours <h>       console-link: how long the link works, 1 to 12 (default 8)
  --url <base>      console-link, catalog push: the server's public URL (default:
                    GOALPOST_PUBLIC_URL, else http://HOST:PORT)
  --help            show this text

Environment:
  GOALPOST_SIGNING_SECRET        HS256 secret user tokens are signed with (required, 32+ chars)
  GOALPOST_ADMIN_KEY             bearer key of admin and ingest calls (required, 32+ chars)
  DATABASE_URL                   postgres://… to use PostgreSQL; unset: embedded PGlite
  GOALPOST_DATA_DIR              PGlite's data directory (default ./goalpost-data; memory://)
  DATABASE_POOL_SIZE             PostgreSQL connections (default 10)
  PORT, HOST                     where to listen (default 8787 on 127.0.0.1)
  GOALPOST_CORS_ORIGINS          comma-separated origins allowed to call from browsers
  GOALPOST_MAX_BODY_BYTES        largest end-user body (default 65536)
  GOALPOST_MAX_ADMIN_BODY_BYTES  largest admin/ingest body (default 1048576)
  GOALPOST_RATE_LIMIT            requests per user per minute, 0 for no limit (default 600)
  GOALPOST_SHUTDOWN_TIMEOUT_MS   how long a shutdown waits for requests (default 10000)
  GOALPOST_LOG_LEVEL             info | warn | error | silent (default info)`;

/** Parses `goalpost-server`'s arguments; throws an Error with a clear message on a bad one. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      demo: { type: "boolean" },
      port: { type: "string" },
      host: { type: "string" },
      "no-history": { type: "boolean" },
      name: { type: "string" },
      accounts: { type: "string" },
      hours: { type: "string" },
      url: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return { command: "help" };
  const [command = "serve", ...extra] = positionals;
  if (command === "catalog") return catalogCommand(extra, values);
  if (extra.length > 0) throw new Error(`unexpected argument "${extra[0]}"`);
  const only = (allowed: string[]) => {
    const given = Object.keys(values).filter((flag) => !allowed.includes(flag));
    if (given.length > 0) throw new Error(`--${given[0]} does not apply to "${command}"`);
  };
  switch (command) {
    case "serve":
      only(["demo", "accounts", "port", "host"]);
      if (values.accounts !== undefined && !values.demo) {
        throw new Error("--accounts seeds the demo: it needs --demo");
      }
      return {
        command,
        demo: values.demo ?? false,
        ...(values.accounts !== undefined ? { accounts: syntheticCount(values.accounts) } : {}),
        ...(values.port !== undefined ? { port: port(values.port) } : {}),
        ...(values.host !== undefined ? { host: values.host } : {}),
      };
    case "migrate":
      only([]);
      return { command };
    case "seed":
      only(["no-history", "accounts"]);
      if (values.accounts !== undefined && values["no-history"]) {
        throw new Error("--accounts adds history: it does not go with --no-history");
      }
      return {
        command,
        history: !values["no-history"],
        accounts: syntheticCount(values.accounts ?? "0"),
      };
    case "console-link":
      only(["name", "hours", "url", "demo"]);
      return {
        command,
        name: consoleName(values.name ?? "Console"),
        hours: hours(values.hours ?? "8"),
        ...(values.url !== undefined ? { url: values.url } : {}),
        demo: values.demo ?? false,
      };
    default:
      throw new Error(
        `unknown command "${command}" (serve, migrate, seed, console-link or catalog)`,
      );
  }
}

function port(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65_535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${text}"`);
  }
  return value;
}

function hours(text: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value <= 0 || value > 12) {
    throw new Error(`--hours must be a number of hours above 0 and at most 12, got "${text}"`);
  }
  return value;
}

function consoleName(text: string): string {
  const name = text.trim();
  if (name.length === 0 || name.length > 200) {
    throw new Error("--name must be 1 to 200 characters");
  }
  return name;
}

function catalogCommand(
  args: string[],
  values: Record<string, string | boolean | undefined>,
): Extract<CliCommand, { command: "catalog" }> {
  const [action, file, ...extra] = args;
  if (action !== "check" && action !== "push") {
    throw new Error('catalog takes "check <file>" or "push <file>"');
  }
  if (!file) throw new Error(`catalog ${action} needs the catalog file`);
  if (extra.length > 0) throw new Error(`unexpected argument "${extra[0]}"`);
  const allowed = action === "push" ? ["url", "demo"] : [];
  const given = Object.keys(values).filter((flag) => !allowed.includes(flag));
  if (given.length > 0) throw new Error(`--${given[0]} does not apply to "catalog ${action}"`);
  return {
    command: "catalog",
    action,
    file,
    ...(typeof values.url === "string" ? { url: values.url } : {}),
    demo: values.demo === true,
  };
}

function syntheticCount(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 20_000) {
    throw new Error(`--accounts must be a whole number from 0 to 20000, got "${text}"`);
  }
  return value;
}
