import type { OutboxStorage } from "./OutboxStorage.ts";

/**
 * An {@link OutboxStorage} held in memory: for tests, server-side rendering, or a browser where
 * `localStorage` is unavailable. Entries survive an outbox restart but not a page reload.
 *
 * @example
 * const storage = memoryStorage();
 * const outbox = createOutbox({ storage, key: "goalpost:outbox", send });
 */
export function memoryStorage(): OutboxStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, String(value));
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}
