import { chromium } from "playwright-core";
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
 * One Chromium and one demo server for the whole e2e run, instead of one of each per file:
 * starting them is most of what a short e2e file costs. Files still get their own browser
 * contexts (their own storage, service workers and pages), so they stay independent.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [browser, site] = await Promise.all([
    chromium.launchServer(chromiumLaunchOptions()),
    serveDemo(),
  ]);
  project.provide("chromiumEndpoint", browser.wsEndpoint());
  project.provide("demoUrl", site.url);
  return async () => {
    await Promise.all([browser.close(), site.close()]);
  };
}
