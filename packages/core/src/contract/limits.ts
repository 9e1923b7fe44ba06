// Plain numbers, no schema: what the contract's sizes are, for code that must not load zod
// (the value formats of `@goalpost/core/format`).

/** Limits on sizes that the contract enforces everywhere (client, mock backend, server). */
export const limits = {
  idLength: 100,
  nameLength: 200,
  textLength: 2000,
  noteLength: 1000,
  listLength: 50,
  /** Largest magnitude a metric value may have. */
  maxAbsValue: 1e12,
  /** Largest JSON body of an end-user call the servers accept, in bytes. */
  maxBodyBytes: 64 * 1024,
  /** Largest JSON body of a server-to-server call (a catalog, an ingest batch), in bytes. */
  maxAdminBodyBytes: 1024 * 1024,
  /** Largest ingest batch. */
  maxIngestBatch: 500,
  /**
   * How many of each agreement's newest measurements a session carries: fewer means the
   * session holds all of them.
   */
  recentMeasurements: 20,
} as const;
