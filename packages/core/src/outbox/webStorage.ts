import { GoalpostError } from "../errors/GoalpostError.ts";
import type { OutboxStorage } from "./OutboxStorage.ts";

/** The synchronous Web Storage methods the outbox uses (`window.localStorage` has them). */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Adapts a Web Storage object, passed in by the caller, to {@link OutboxStorage}. A full quota
 * or storage blocked by the browser (private mode, disabled cookies) becomes a
 * {@link GoalpostError} saying which key and what happened, with the browser's error as `cause`,
 * so an entry is never reported as saved when it was not.
 *
 * @example
 * const outbox = createOutbox({ storage: webStorage(window.localStorage), key, send });
 */
export function webStorage(storage: WebStorageLike): OutboxStorage {
  function guard<T>(action: string, key: string, run: () => T): T {
    try {
      return run();
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      const reason = /quota/i.test(name)
        ? "the storage quota is full"
        : /security/i.test(name)
          ? "the browser blocks storage for this page"
          : String(error instanceof Error ? error.message : error);
      throw new GoalpostError(`Could not ${action} "${key}" in web storage: ${reason}`, {
        cause: error,
      });
    }
  }
  return {
    getItem: (key) => guard("read", key, () => storage.getItem(key)),
    setItem: (key, value) => guard("write", key, () => storage.setItem(key, value)),
    removeItem: (key) => guard("remove", key, () => storage.removeItem(key)),
  };
}
