import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireBuilt } from "../../support/requireBuilt.ts";
import { createPostgresDatabase } from "./createPostgresDatabase.ts";
import { type ListeningProcess, startListening } from "./startListening.ts";

/** Where a `goalpost-server` keeps its data: a PGlite directory or a PostgreSQL database. */
export type ServerDatabase =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string };

/** A running `goalpost-server` process; its stdout is JSON lines. */
export type GoalpostServer = ListeningProcess;

const packageDir = fileURLToPath(new URL("../../../packages/server/", import.meta.url));
const bin = `${packageDir}bin/goalpost-server.js`;

/** The databases a `--database pglite|postgres|both` option names; throws on anything else. */
export function databaseKinds(option: string | undefined): ServerDatabase["kind"][] {
  if (option === "both") return ["pglite", "postgres"];
  if (option === "pglite" || option === "postgres") return [option];
  throw new Error(`--database must be pglite, postgres or both, not ${JSON.stringify(option)}`);
}

/**
 * A fresh, empty place for a server's data: a temporary PGlite directory, or a database with a
 * unique name on the PostgreSQL at 127.0.0.1:5432 (failing loudly when it cannot be reached).
 * `drop` deletes it.
 */
export async function freshDatabase(
  kind: ServerDatabase["kind"],
): Promise<{ database: ServerDatabase; drop(): Promise<void> }> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "goalpost-server-"));
    return {
      database: { kind, dataDir: join(dir, "data") },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const created = await createPostgresDatabase("goalpost_test");
  return { database: { kind, url: created.url }, drop: created.drop };
}

/**
 * Starts the reference server's built bin with `--demo` on a free port and the public demo
 * secrets, and resolves once it logs the line saying it listens. Fails with its output when it
 * exits early or stays silent for `timeoutMs` (PGlite's first start makes a whole cluster).
 */
export async function startGoalpostServer(
  database: ServerDatabase,
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<GoalpostServer> {
  requireBuilt(
    ["packages/server/dist/cli.js"],
    ["packages/server/src", "packages/backend/src", "packages/core/src", "packages/demo-data/src"],
  );
  const env: Record<string, string | undefined> = {
    ...process.env,
    GOALPOST_SIGNING_SECRET: undefined,
    GOALPOST_ADMIN_KEY: undefined,
    DATABASE_URL: database.kind === "postgres" ? database.url : undefined,
    GOALPOST_DATA_DIR: database.kind === "pglite" ? database.dataDir : undefined,
    // The suites send thousands of requests as one user within seconds.
    GOALPOST_RATE_LIMIT: "0",
    GOALPOST_LOG_LEVEL: "warn",
    ...options.env,
  };
  return startListening({
    name: "goalpost-server",
    script: bin,
    args: ["--demo", "--port", "0"],
    env,
    findUrl: (stdout) => stdout.split("\n").map(listeningUrl).find(Boolean),
    timeoutMs: options.timeoutMs ?? 60_000,
    killAfterMs: 10_000,
  });
}

function listeningUrl(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return entry.msg === "listening" && typeof entry.url === "string" ? entry.url : undefined;
  } catch {
    return undefined;
  }
}
