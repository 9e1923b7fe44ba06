import type { Catalog } from "@goalpost/core/admin";
import type { Sql } from "../db/Database.ts";

const empty: Catalog = { roles: [], metrics: [], valueElements: [] };

/** The catalog in force, read from the database and kept while its revision stays the same. */
export interface CatalogCache {
  /** The current catalog: one small query checks the revision; the document is read on change. */
  current(sql: Sql): Promise<Catalog>;
  /** The catalog as last read and its revision (0 before the first read or after a replace). */
  known(): { catalog: Catalog; revision: number };
  /**
   * The catalog at `revision`, which a statement has just read (`SELECT revision FROM catalog`
   * folded into it; null when there is no catalog): the known one when it is that revision,
   * else read again through `sql`.
   */
  at(sql: Sql, revision: number | null): Promise<Catalog>;
  /** Replaces the catalog (inside the caller's transaction) and remembers the new revision. */
  replace(sql: Sql, catalog: Catalog, now: Date): Promise<void>;
  /** Whether a catalog has ever been stored. */
  exists(sql: Sql): Promise<boolean>;
}

/**
 * A catalog cache for one server instance. Other instances may replace the catalog at any time,
 * so every request compares revisions (one indexed row) instead of trusting a timer: on its own
 * (`current`) or folded into a statement the request runs anyway (`at`).
 */
export function createCatalogCache(): CatalogCache {
  let revision = 0;
  let catalog = empty;
  return {
    async current(sql) {
      const [row] = await sql.query<{ revision: number; document: Catalog | string | null }>(
        "SELECT revision::int AS revision, " +
          "CASE WHEN revision = $1::bigint THEN NULL ELSE document END AS document FROM catalog",
        [revision],
      );
      if (!row) return empty;
      if (row.document !== null && row.revision !== revision) {
        catalog = typeof row.document === "string" ? JSON.parse(row.document) : row.document;
        revision = row.revision;
      }
      return catalog;
    },
    known: () => ({ catalog, revision }),
    async at(sql, seen) {
      if (seen === null) return empty;
      if (seen === revision && revision !== 0) return catalog;
      return this.current(sql);
    },
    async replace(sql, next, now) {
      await sql.query(
        `INSERT INTO catalog (singleton, revision, document, updated_at)
         VALUES (true, 1, $1::text::json, $2::timestamptz)
         ON CONFLICT (singleton) DO UPDATE
           SET revision = catalog.revision + 1, document = excluded.document,
               updated_at = excluded.updated_at`,
        [JSON.stringify(next), now.toISOString()],
      );
      // Forget the revision: the next `current` reads whatever the transaction left committed.
      revision = 0;
    },
    async exists(sql) {
      const rows = await sql.query("SELECT 1 FROM catalog");
      return rows.length > 0;
    },
  };
}
