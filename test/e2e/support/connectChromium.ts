import { type Browser, chromium } from "playwright-core";
import { inject } from "vitest";

/**
 * A connection to the e2e run's Chromium (started once by test/e2e/globalSetup.ts). Closing it
 * disconnects and closes the contexts this file made; the browser stays for the other files.
 */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject("chromiumEndpoint"));
}
