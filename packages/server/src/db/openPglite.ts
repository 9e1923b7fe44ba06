import { PGlite } from "@electric-sql/pglite";
import type { Database, Row } from "./Database.ts";

/** Options of {@link openPglite}. */
export interface PgliteOptions {
  /**
   * A data directory dumped by PGlite's `dumpDataDir` to start from, instead of creating a new
   * cluster (about 0.4 s instead of 2–3): how tests get a fresh, migrated database quickly.
   */
  snapshot?: Blob;
}

/**
 * Opens PGlite (PostgreSQL compiled to WebAssembly, in this process) on a data directory, or in
 * memory for `memory://`. Statements run one at a time, and a transaction holds the database
 * until it ends, so writes never interleave.
 */
export async function openPglite(dataDir: string, options: PgliteOptions = {}): Promise<Database> {
  const pg = await PGlite.create({
    ...(dataDir === "memory://" ? {} : { dataDir }),
    ...(options.snapshot ? { loadDataDir: options.snapshot } : {}),
  });
  return pgliteDatabase(pg, dataDir === "memory://" ? "memory" : dataDir);
}

/** The server's {@link Database} over an open PGlite instance; `close` closes the instance. */
export function pgliteDatabase(pg: PGlite, location: string): Database {
  return {
    kind: "pglite",
    location,
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      return (await pg.query<T>(text, [...params])).rows;
    },
    transaction(work) {
      return pg.transaction((tx) =>
        work({
          async query<T extends Row>(text: string, params: readonly unknown[] = []) {
            return (await tx.query<T>(text, [...params])).rows;
          },
        }),
      );
    },
    close: () => pg.close(),
  };
}
