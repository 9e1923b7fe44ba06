/** A result row as the driver returns it. */
export type Row = Record<string, unknown>;

/** Runs SQL: one statement with `$1`, `$2`… parameters. */
export interface Sql {
  /**
   * Runs one statement and resolves to its rows. Parameters are strings, numbers, booleans or
   * null; cast them in the SQL (`$1::timestamptz`, `$2::text::jsonb`) so that both drivers send
   * them as text.
   */
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * The one SQL layer the server uses, over PGlite (embedded) or PostgreSQL (postgres.js): the
 * same statements run on both.
 */
export interface Database extends Sql {
  /** `pglite` or `postgres`, for logs and the health check. */
  readonly kind: "pglite" | "postgres";
  /** Where the data lives, without credentials (for logs). */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Waits for running statements and closes the database (flushing an embedded one). */
  close(): Promise<void>;
}
