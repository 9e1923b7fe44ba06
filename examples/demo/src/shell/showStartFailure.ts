import { byId } from "./h.ts";

/**
 * Says on the page that the mock API did not start, and what to do. The usual cause: service
 * workers need a secure context (https, or http on localhost) and a browser that allows them.
 */
export function showStartFailure(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  const banner = byId("demo-alert");
  banner.hidden = false;
  banner.textContent = `The demo's mock API could not start (${reason}). It runs in a service worker: open the demo at http://localhost, not in a private window, and reload.`;
}
