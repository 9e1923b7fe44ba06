import { createMockBackend } from "@goalpost/mock-backend";
import { startMockWorker } from "@goalpost/mock-backend/browser";
import { serverApi } from "./serverApi.ts";

/** Where the mock backend keeps its database, so the demo survives a reload. */
export const backendStorageKey = "beacon-demo:backend";

/** The demo's Goalpost API, once it answers. */
export interface DemoBackend {
  /** Puts every account back to its seeded history; only the in-browser mock can. */
  reset?: () => void;
}

/**
 * Starts the Goalpost API for the demo: the mock backend behind msw's service worker, which
 * answers the page's requests to `/v1/…` (the widget's, and the scorecard's admin calls). Served
 * with `--api` (`pnpm demo:server`), the page talks to the reference server instead and none of
 * this runs — as in production, where `apiBase` points at the real Goalpost API.
 */
export async function startBackend(): Promise<DemoBackend> {
  if (serverApi()) return {};
  const backend = createMockBackend();
  await startMockWorker(backend, { persist: { key: backendStorageKey } });
  return backend;
}
