// axe-core in the built script-tag widget (packages/widget/dist/goalpost.js) in real Chromium over
// the mock backend's service worker: every main state, light and dark, each reached once. A file
// of its own, so that its states run beside the other browser suites rather than after them.
// Needs `pnpm --filter @goalpost/widget build` first.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { connectChromium } from "./support/connectChromium.ts";
import { keepFailureScreenshots } from "./support/failureScreenshots.ts";
import { formatViolations, runAxe } from "./support/runAxe.ts";
import { openWidgetPage, serveWidgetPage, type WidgetSite } from "./support/widgetPage.ts";
import {
  panelOf,
  type WidgetState,
  type WidgetStateName,
  widgetStates,
} from "./support/widgetStates.ts";

let browser: Browser;
let site: WidgetSite;

beforeAll(async () => {
  site = await serveWidgetPage();
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

keepFailureScreenshots(() => browser);

/** The theme the widget resolved, as its host element says. */
const themeOf = (page: Page) =>
  page.evaluate(() =>
    document.querySelector("[data-goalpost-widget]")?.getAttribute("data-goalpost-theme"),
  );

describe("axe in the widget's main states", () => {
  it("runs axe inside the widget's shadow root (a planted nameless button is found)", async () => {
    const { page, context } = await openWidgetPage(
      browser,
      site,
      { user: "ana.torres" },
      { viewport: { width: 800, height: 900 } },
    );
    onTestFinished(() => context.close());
    await page.evaluate(() =>
      document
        .querySelector("[data-goalpost-widget]")
        ?.shadowRoot?.append(Object.assign(document.createElement("button"), { id: "planted" })),
    );
    const { violations } = await runAxe(page);
    expect(violations.map((v) => [v.id, v.nodes.map((n) => n.target)])).toEqual([
      ["button-name", [expect.stringContaining('"#planted"]')]],
    ]);
  });

  const axeStates: WidgetStateName[] = [
    "launcher",
    "home",
    "agree",
    "maturity",
    "baseline",
    "offer",
    "goal",
    "log",
    "implausible",
    "correct",
    "deleteEntry",
    "baselineChange",
    "achieved",
    "elements",
    "stop",
    "pulse",
    "sheet",
  ];
  // Each state is reached once and checked in both themes: the page follows the system's colour
  // scheme (theme "auto"), which is switched under it, as a user's system would.
  it.each(axeStates)("has no axe violations: %s, light and dark", async (state) => {
    const { user, open: startOpen, reach, viewport } = widgetStates[state] as WidgetState;
    const { page, errors } = await openWidgetPage(
      browser,
      site,
      { user, open: startOpen, theme: "auto" },
      { viewport: viewport ?? { width: 800, height: 900 }, colorScheme: "light" },
    );
    onTestFinished(() => page.context().close());
    await reach(page);
    if (state === "home") await panelOf(page).locator("summary").first().click(); // its entries too
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => themeOf(page)).toBe(theme);
      const { violations, passedNodes } = await runAxe(page);
      // A closed panel renders nothing, so the launcher state has few nodes; an open one has many.
      const least = state === "launcher" ? 5 : 20;
      expect(passedNodes, "axe checked nothing: is the shadow root empty?").toBeGreaterThan(least);
      expect(
        violations,
        `axe found, in ${state} (${theme}):\n${formatViolations(violations)}`,
      ).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});
