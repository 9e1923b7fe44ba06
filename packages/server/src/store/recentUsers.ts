import type { TokenClaims } from "@goalpost/backend";
import type { User } from "@goalpost/core";

/**
 * Users this server instance entered (`enterUser`) a moment ago, so that their next calls skip
 * the upsert. An entry, one per account and user, serves a token that would change nothing:
 * the same role, no name or the name stored, and the same catalog revision the role was checked
 * against. Another role or name, a new catalog (its revision) or the TTL passing all miss, and
 * the caller enters the user again.
 */
export interface RecentUsers {
  /** The user entered as these claims say at this catalog revision less than the TTL ago. */
  get(claims: TokenClaims, revision: number, nowMs: number): User | undefined;
  /** Remembers the user as entered for these claims, at this catalog revision. */
  remember(claims: TokenClaims, revision: number, user: User, nowMs: number): void;
}

/** Options of {@link createRecentUsers}. */
export interface RecentUsersOptions {
  /** How long an entry serves, in ms. @default 30_000 */
  ttlMs?: number;
  /** Entries kept at most; the oldest goes first. @default 10_000 */
  maxEntries?: number;
}

/** A {@link RecentUsers} in this process's memory. */
export function createRecentUsers(options: RecentUsersOptions = {}): RecentUsers {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const entries = new Map<string, { user: User; revision: number; until: number }>();
  const keyOf = (c: TokenClaims) => `${c.acc}\u0000${c.sub}`;
  return {
    get(claims, revision, nowMs) {
      const entry = entries.get(keyOf(claims));
      if (
        !entry ||
        revision === 0 ||
        entry.revision !== revision ||
        nowMs >= entry.until ||
        entry.user.roleId !== claims.role ||
        (claims.name !== undefined && claims.name !== entry.user.name)
      ) {
        return undefined;
      }
      return entry.user;
    },
    remember(claims, revision, user, nowMs) {
      const key = keyOf(claims);
      entries.delete(key);
      if (revision === 0) return;
      entries.set(key, { user, revision, until: nowMs + ttlMs });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
  };
}
