import { type SetupWorker, setupWorker } from "msw/browser";
import type { MockBackend } from "./createMockBackend.ts";
import { localStoragePersistence } from "./localStoragePersistence.ts";

export { localStoragePersistence } from "./localStoragePersistence.ts";

/** Options of {@link startMockWorker}. */
export interface MockWorkerOptions {
  /**
   * Keep the database in localStorage so the demo survives a reload: `true` for the default key,
   * or `{ key }`. @default false
   */
  persist?: boolean | { key?: string };
  /** URL of msw's worker script (created with `npx msw init <public dir>`). @default "/mockServiceWorker.js" */
  serviceWorkerUrl?: string;
  /** Silence msw's console messages. @default true */
  quiet?: boolean;
}

/**
 * Starts msw's service worker with the backend's handlers, so the page's `fetch` calls to
 * `/v1/…` are answered by the mock backend. Other requests pass through untouched.
 * @example
 * const backend = createMockBackend();
 * await startMockWorker(backend, { persist: true });
 */
export async function startMockWorker(
  backend: MockBackend,
  options: MockWorkerOptions = {},
): Promise<SetupWorker> {
  if (options.persist) {
    const key = typeof options.persist === "object" ? options.persist.key : undefined;
    backend.usePersistence(localStoragePersistence(key));
  }
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? "/mockServiceWorker.js" },
    quiet: options.quiet ?? true,
    onUnhandledRequest: "bypass",
  });
  return worker;
}
