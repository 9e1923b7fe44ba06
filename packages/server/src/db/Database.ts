/** A result row as the driver returns it. */
export type Row = Record<string, unknown>;

/** Runs SQL: one statement with `$1`, `$2`… parameters. */
export interface Sql {
  /**
   * Runs one statement and resolves to its rows. Parameters are strings, numbers, booleans or
   * null; cast them in the SQL (`$1::timestamptz`, `$2::text::jsonb`) so that both drivers send
   * them as text. Statements issued without awaiting each other in between go out together
   * where the driver can (see {@link Database.transaction}) and always run in the order issued;
   * await every one of them (`Promise.all`), since a failure rejects each that follows it.
   */
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/** The SQL of one transaction, on the connection it holds. */
export interface Transaction extends Sql {
  /**
   * Runs the transaction's last statement and commits, sent together (one round trip instead
   * of two); resolves to the statement's rows once committed, and rejects when either fails
   * (nothing is then committed). Nothing may run in the transaction after it.
   */
  commitWith<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
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
  /**
   * Runs `work` in one transaction: committed when it resolves (or by its `commitWith`), rolled
   * back when it throws. On PostgreSQL it holds one connection: BEGIN goes out with the first
   * statements, and the statements `work` issues in one go (without awaiting in between) are
   * written together and answered in one round trip (postgres.js pipelines them). PGlite runs
   * them one at a time, in the order issued: the same results, without the saving.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Waits for running statements and closes the database (flushing an embedded one). */
  close(): Promise<void>;
}
