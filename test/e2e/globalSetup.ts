import { chromium, type LaunchOptions } from "playwright-core";
import type { TestProject } from "vitest/node";
import { chromiumLaunchOptions } from "./support/launchChromium.ts";
import { serveDemo } from "./support/serveDemo.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The WebSocket endpoint of the run's one Chromium (each test file connects to it). */
    chromiumEndpoint: string;
    /** The built demo, served once for the run by its own server (scripts/serve.ts). */
    demoUrl: string;
  }
}

/**
 * The run's Chromium, its JavaScript run without V8's optimizing tiers (Maglev, TurboFan): the
 * pages under test live a few seconds each, too short to win back what optimizing their
 * megabyte of script costs (the e2e run took 7 % less time for it, 3 rounds each way). Not for
 * the benches, which measure what a host page pays in a browser as users have it.
 */
function testChromiumOptions(): LaunchOptions {
  const options = chromiumLaunchOptions();
  return { ...options, args: [...(options.args ?? []), "--js-flags=--no-opt --no-maglev"] };
}

/**
 * One Chromium and one demo server for the whole e2e run, instead of one of each per file:
 * starting them is most of what a short e2e file costs. Files still get their own browser
 * contexts (their own storage, service workers and pages), so they stay independent.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [browser, site] = await Promise.all([
    chromium.launchServer(testChromiumOptions()),
    serveDemo(),
  ]);
  project.provide("chromiumEndpoint", browser.wsEndpoint());
  project.provide("demoUrl", site.url);
  return async () => {
    await Promise.all([browser.close(), site.close()]);
  };
}
