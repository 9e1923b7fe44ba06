import type { Database } from "../db/Database.ts";
import type { Logger } from "../ops/createLogger.ts";
import type { RateLimiter } from "../ops/createRateLimiter.ts";
import type { CatalogCache } from "../store/catalogCache.ts";
import type { RecentUsers } from "../store/recentUsers.ts";

/** What every route reads: the database, the catalog, the secrets, limits and the clock. */
export interface ServerContext {
  db: Database;
  catalog: CatalogCache;
  /** Users entered a moment ago, whose next calls skip the upsert. */
  recentUsers: RecentUsers;
  signingSecret: string;
  adminKey: string;
  /** The longest a user token may still have to live, in seconds. */
  tokenMaxLifetimeSeconds: number;
  /** Largest end-user request body, in bytes. */
  maxBodyBytes: number;
  /** Largest admin or ingest request body, in bytes. */
  maxAdminBodyBytes: number;
  /** Requests per user, per minute. */
  rateLimit: RateLimiter;
  log: Logger;
  /** Webhooks: whether writes put events in the outbox, and where endpoints may point. */
  webhooks: {
    enabled: boolean;
    allowPrivate: boolean;
    /** Tells the worker that a transaction wrote events (it delivers them without waiting to poll). */
    written(): void;
    /** Tells the worker that an endpoint was created, enabled or replayed to (it listens now). */
    endpointsChanged(): void;
  };
  /** Now; a test may stand the clock still. */
  clock(): Date;
}
