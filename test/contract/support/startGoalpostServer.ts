import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPostgresDatabase } from "./createPostgresDatabase.ts";

/** Where a `goalpost-server` keeps its data: a PGlite directory or a PostgreSQL database. */
export type ServerDatabase =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string };

/** A running `goalpost-server` process. */
export interface GoalpostServer {
  /** Base URL it listens on, e.g. `http://127.0.0.1:43121`. */
  url: string;
  /** The process, e.g. to kill it without warning. */
  process: ChildProcess;
  /** Everything it logged on stdout so far (JSON lines). */
  output(): string;
  /** Sends SIGTERM and waits for the process to exit (SIGKILL after 10 s); resolves its exit code. */
  stop(): Promise<number | null>;
}

const packageDir = fileURLToPath(new URL("../../../packages/server/", import.meta.url));
const bin = `${packageDir}bin/goalpost-server.js`;

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
  if (!existsSync(bin) || !existsSync(`${packageDir}dist`)) {
    throw new Error(
      `The server is not built (${packageDir}dist is missing): run pnpm build first ` +
        "(or pnpm --filter @goalpost/server build), or set GOALPOST_CONTRACT_URL.",
    );
  }
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
  const child = spawn(process.execPath, [bin, "--demo", "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const timeoutMs = options.timeoutMs ?? 60_000;
  const url = await new Promise<string>((resolve, reject) => {
    const onError = (error: Error) => fail(`could not start: ${error.message}`);
    const onExit = (code: number | null, signal: string | null) =>
      fail(`exited early (code ${code}, signal ${signal})`);
    const settle = () => {
      clearTimeout(timer);
      clearInterval(poll);
      child.off("error", onError).off("exit", onExit);
    };
    const fail = (why: string) => {
      settle();
      child.kill("SIGKILL");
      reject(new Error(`goalpost-server ${why}.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    };
    const timer = setTimeout(
      () => fail(`did not log "listening" within ${timeoutMs} ms`),
      timeoutMs,
    );
    const poll = setInterval(() => {
      const found = stdout.split("\n").map(listeningUrl).find(Boolean);
      if (found) {
        settle();
        resolve(found);
      }
    }, 20);
    child.once("error", onError).once("exit", onExit);
  });
  return { url, process: child, output: () => stdout, stop: () => stopProcess(child) };
}

function listeningUrl(line: string): string | undefined {
  try {
    const entry = JSON.parse(line) as { msg?: unknown; url?: unknown };
    return entry.msg === "listening" && typeof entry.url === "string" ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", (code) => {
      clearTimeout(force);
      resolve(code);
    });
    child.kill("SIGTERM");
  });
}
