import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { keepFailureScreenshots } from "./failureScreenshots.ts";
import { launchChromium } from "./launchChromium.ts";
import { type DemoSite, serveDemo } from "./serveDemo.ts";

/** The built demo, served, and Chromium: ready in `beforeAll` of the calling file. */
export interface DemoUnderTest {
  readonly browser: Browser;
  readonly site: DemoSite;
}

/**
 * Serves the demo and launches Chromium once for the calling test file, closes both after it,
 * and keeps a screenshot of each failing test (test-results/e2e/).
 */
export function useDemo(): DemoUnderTest {
  const demo = {} as { browser: Browser; site: DemoSite };
  beforeAll(async () => {
    [demo.site, demo.browser] = await Promise.all([serveDemo(), launchChromium()]);
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.site?.close();
  });
  keepFailureScreenshots(() => demo.browser);
  return demo;
}
