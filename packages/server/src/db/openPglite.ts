import { PGlite } from "@electric-sql/pglite";
import type { Database, Row } from "./Database.ts";

/**
 * Opens PGlite (PostgreSQL compiled to WebAssembly, in this process) on a data directory, or in
 * memory for `memory://`. Statements run one at a time, and a transaction holds the database
 * until it ends, so writes never interleave.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const pg = await PGlite.create(dataDir === "memory://" ? {} : { dataDir });
  return {
    kind: "pglite",
    location: dataDir === "memory://" ? "memory" : dataDir,
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
