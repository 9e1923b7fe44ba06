import { migrate } from "../../packages/server/src/db/migrate.ts";
import { openDatabase } from "../../packages/server/src/db/openDatabase.ts";
import { loadDemo } from "../../packages/server/src/demo/loadDemo.ts";
import { createCatalogCache } from "../../packages/server/src/store/catalogCache.ts";
import {
  freshDatabase,
  type ServerDatabase,
  startGoalpostServer,
} from "../../test/contract/support/startGoalpostServer.ts";

/**
 * A fresh store of `kind` with the demo catalog, then each of `statements` run with `$1` =
 * `accounts` (ANALYZE after, on PostgreSQL), then the built `goalpost-server --demo` on it:
 * `run` gets its URL and `counts` (the first row of `countSql`). Everything is dropped after.
 */
export async function withFilledServer(
  kind: ServerDatabase["kind"],
  accounts: number,
  statements: readonly string[],
  countSql: string,
  run: (url: string, counts: Record<string, unknown>) => Promise<void>,
): Promise<void> {
  const data = await freshDatabase(kind);
  try {
    const config =
      data.database.kind === "postgres"
        ? { kind: "postgres" as const, url: data.database.url, poolSize: 2 }
        : { kind: "pglite" as const, dataDir: data.database.dataDir };
    const db = await openDatabase(config);
    let counts: Record<string, unknown> = {};
    try {
      await migrate(db);
      await loadDemo(db, createCatalogCache(), new Date(), false);
      for (const statement of statements) await db.query(statement, [accounts]);
      if (kind === "postgres") await db.query("ANALYZE");
      [counts = {}] = await db.query(countSql);
    } finally {
      await db.close();
    }
    const server = await startGoalpostServer(data.database, { timeoutMs: 120_000 });
    try {
      await run(server.url, counts);
    } finally {
      await server.stop();
    }
  } finally {
    await data.drop();
  }
}

/**
 * `times` GETs of `path` one after another with `bearer` (the demo admin key by default), each
 * timed to its last byte; sorted, in milliseconds. Anything but a 200 stops the bench.
 */
export async function timedGets(
  url: string,
  path: string,
  times: number,
  bearer = "demo-admin-key",
): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    ms.push(performance.now() - started);
  }
  return ms.sort((a, b) => a - b);
}
