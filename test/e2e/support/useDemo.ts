import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { connectChromium } from "./connectChromium.ts";
import { keepFailureScreenshots } from "./failureScreenshots.ts";
import type { DemoSite } from "./serveDemo.ts";

/** The built demo, served, and Chromium: ready in `beforeAll` of the calling file. */
export interface DemoUnderTest {
  readonly browser: Browser;
  readonly site: DemoSite;
}

/**
 * The run's demo server and a connection to the run's Chromium (both started once, by
 * test/e2e/globalSetup.ts) for the calling test file; disconnects after it, and keeps a
 * screenshot of each failing test (test-results/e2e/).
 */
export function useDemo(): DemoUnderTest {
  const demo = {} as { browser: Browser; site: DemoSite };
  beforeAll(async () => {
    demo.site = { url: inject("demoUrl"), close: async () => {} };
    demo.browser = await connectChromium();
  });
  afterAll(async () => {
    await demo.browser?.close();
  });
  keepFailureScreenshots(() => demo.browser);
  return demo;
}
