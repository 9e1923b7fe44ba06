import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumLaunchOptions, playwrightDisabledFeatures } from "./launchChromium.ts";

/** The features the installed playwright-core disables, read from its bundled switches. */
function installedPlaywrightDisabledFeatures(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve("playwright-core/package.json"));
  const bundle = readFileSync(join(root, "lib", "coreBundle.js"), "utf8");
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1];
  if (list === undefined) throw new Error("playwright-core's disabled features were not found");
  return [...list.matchAll(/^\s*"([A-Za-z]+)"/gm)].map((m) => m[1] as string);
}

describe("the Chromium the e2e run and the benches launch", () => {
  it("keeps every feature playwright-core disables (Chromium keeps the last --disable-features)", () => {
    const installed = installedPlaywrightDisabledFeatures();
    expect(installed.length).toBeGreaterThan(5);
    expect([...playwrightDisabledFeatures].sort()).toEqual([...installed].sort());
    const flags = (chromiumLaunchOptions().args ?? []).filter((a) =>
      a.startsWith("--disable-features="),
    );
    expect(flags).toHaveLength(1);
    const disabled = flags[0]?.slice("--disable-features=".length).split(",");
    expect(disabled).toEqual(expect.arrayContaining([...installed, "WebUIOmniboxPopup"]));
  });
});
