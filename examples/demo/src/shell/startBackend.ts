import { createMockBackend, type MockBackend } from "@goalpost/mock-backend";
import { startMockWorker } from "@goalpost/mock-backend/browser";

/** Where the mock backend keeps its database, so the demo survives a reload. */
export const backendStorageKey = "beacon-demo:backend";

/**
 * Starts the Goalpost API for the demo: the mock backend behind msw's service worker, which
 * answers the page's requests to `/v1/…` (the widget's, and the scorecard's admin calls). In
 * production `apiBase` points at the real Goalpost API and none of this runs in the page.
 */
export async function startBackend(): Promise<MockBackend> {
  const backend = createMockBackend();
  await startMockWorker(backend, { persist: { key: backendStorageKey } });
  return backend;
}
