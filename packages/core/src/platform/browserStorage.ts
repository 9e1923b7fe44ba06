import { memoryStorage } from "../outbox/memoryStorage.ts";
import type { OutboxStorage } from "../outbox/OutboxStorage.ts";
import { type WebStorageLike, webStorage } from "../outbox/webStorage.ts";

/** Written and removed once to learn whether this page may write to `localStorage`. */
export const storageProbeKey = "goalpost:storage-probe";

/**
 * The outbox's and the session copy's storage in a browser: `localStorage` through
 * {@link webStorage}, when this page may write to it. Where it may not — storage blocked (private
 * modes, disabled cookies, sandboxed frames: reading `localStorage` throws), refused writes (a
 * full quota, Safari's old private mode), or no `localStorage` at all (a server) — it falls back
 * to {@link memoryStorage}: entries are kept while the page is open and sent as usual, but not
 * across a reload. A write that fails later still fails the action that needed it, never silently.
 *
 * @example
 * createGoalpost({ apiBase, token, storage: browserStorage() });
 */
export function browserStorage(): OutboxStorage {
  try {
    const storage = (globalThis as { localStorage?: WebStorageLike }).localStorage;
    if (storage) {
      storage.setItem(storageProbeKey, "1");
      storage.removeItem(storageProbeKey);
      return webStorage(storage);
    }
  } catch {
    // Blocked or refused: memory below.
  }
  return memoryStorage();
}
