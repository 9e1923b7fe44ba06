import { existsSync } from "node:fs";
import { type Browser, chromium, type LaunchOptions } from "playwright-core";

/** Debian's Chromium: no test tool can download a browser on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * The features playwright-core (1.65, chromiumSwitches.ts) disables. Chromium keeps only the
 * last `--disable-features` it is given, so ours must repeat them (launchChromium.test.ts
 * checks this list against the installed playwright-core).
 */
export const playwrightDisabledFeatures = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * Chromium 156 builds the omnibox's popup as a WebUI page in a renderer of its own as soon as a
 * window navigates to an http page, headless or not: a renderer nobody sees that took as much
 * CPU as the pages under test (7 of 24 CPU-seconds in the axe suite), and that the benches'
 * timings paid for too.
 */
const hiddenBrowserUi = ["WebUIOmniboxPopup", "WebUIOmniboxFullPopup", "WebUIOmniboxAimPopup"];

/** Headless Chromium with the flags this machine's closed network needs. */
export function chromiumLaunchOptions(): LaunchOptions {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return {
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--disable-features=${[...playwrightDisabledFeatures, ...hiddenBrowserUi].join(",")}`,
    ],
  };
}

/** Launches headless Chromium of its own (for scripts and benches; e2e tests connect to the run's). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
