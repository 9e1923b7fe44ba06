import type { MockPersistence } from "./createMockBackend.ts";

/**
 * Persistence in the browser's localStorage under `key`. A full storage quota is ignored: the
 * backend keeps working in memory.
 * @default key "goalpost-mock"
 */
export function localStoragePersistence(key = "goalpost-mock"): MockPersistence {
  return {
    load: () => localStorage.getItem(key),
    save: (json) => {
      try {
        localStorage.setItem(key, json);
      } catch {
        // Quota exceeded or storage disabled: the demo goes on without surviving a reload.
      }
    },
  };
}
