/**
 * Load benchmark of the reference server (not a test: it prints figures, nothing passes or
 * fails), on embedded PGlite and on PostgreSQL.
 *
 *   pnpm build && pnpm bench:server [--database pglite|postgres|both] [--seconds 10]
 *                                   [--concurrency 16] [--users 200]
 *
 * For each database it starts the built `goalpost-server --demo` in a process of its own on a
 * fresh, empty store (a temporary PGlite directory; a new database on the PostgreSQL at
 * 127.0.0.1:5432, dropped afterwards), with the rate limit off and request logs off (warn
 * level), then runs bench/api-load.ts against it from another process on 127.0.0.1: end-user
 * calls (session, log progress, history) under concurrent load, ingest throughput, then the KPI
 * report and an account report. Figures and how to read them: docs/bench-server.md.
 */
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import {
  databaseKinds,
  freshDatabase,
  startGoalpostServer,
} from "../test/contract/support/startGoalpostServer.ts";

const { values: args } = parseArgs({
  options: {
    database: { type: "string", default: "both" },
    seconds: { type: "string", default: "10" },
    concurrency: { type: "string", default: "16" },
    users: { type: "string", default: "200" },
  },
});
const kinds = databaseKinds(args.database);

/** Runs bench/api-load.ts against `url` in its own process, its tables going to stdout. */
function loadFrom(url: string): Promise<void> {
  const load = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      new URL("./api-load.ts", import.meta.url).pathname,
      "--target",
      url,
      "--seconds",
      String(args.seconds),
      "--concurrency",
      String(args.concurrency),
      "--users",
      String(args.users),
    ],
    { stdio: "inherit" },
  );
  return new Promise((resolve, reject) =>
    load.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`api-load exited with ${code}`)),
    ),
  );
}

const cpu = cpus();
console.log(
  `goalpost-server load — ${cpu.length} × ${cpu[0]?.model ?? "CPU"}, Node ${process.version}`,
);
for (const kind of kinds) {
  const data = await freshDatabase(kind);
  try {
    const server = await startGoalpostServer(data.database, { timeoutMs: 120_000 });
    try {
      console.log(`\n## ${kind === "pglite" ? "PGlite (embedded, on disk)" : "PostgreSQL"}`);
      await loadFrom(server.url);
    } finally {
      await server.stop();
    }
  } finally {
    await data.drop();
  }
}
