// Beacon's "Dark mode" switch, by keyboard: the page turns dark, the widget (theme "auto")
// follows it without a reload, both pass axe (contrast included) in either scheme, and the
// choice holds on the next page load (the scorecard's too) before anything paints. Needs
// `pnpm build` first.
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFinished } from "vitest";
import { openDemo, panelOf } from "./support/demoPage.ts";
import { formatViolations, runAxe } from "./support/runAxe.ts";
import { useDemo } from "./support/useDemo.ts";

const demo = useDemo();

const widgetTheme = (page: Page) =>
  page.locator("[data-goalpost-widget]").getAttribute("data-goalpost-theme");
const pageScheme = (page: Page) => page.locator("html").getAttribute("data-scheme");

/** axe over the whole page, the widget's open panel included. */
async function expectAxeClean(page: Page) {
  const { violations, passedNodes } = await runAxe(page, "body");
  expect(formatViolations(violations)).toBe("");
  expect(passedNodes).toBeGreaterThan(50);
}

describe("Beacon's dark mode, followed by the widget", () => {
  it("switches by keyboard, passes axe light and dark, and holds across a reload", async () => {
    const { context, page, errors } = await openDemo(demo.browser, demo.site, "ana.torres", {
      bypassCSP: true, // for axe; the CSP itself is tested in csp.test.ts
    });
    onTestFinished(() => context.close());
    const toggle = page.getByRole("button", { name: "Dark mode" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    expect(await widgetTheme(page)).toBe("light");

    await page.getByRole("button", { name: "Your goals" }).click();
    await panelOf(page).waitFor();
    await expectAxeClean(page);

    await toggle.focus();
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await pageScheme(page)).toBe("dark");
    await expect.poll(() => widgetTheme(page)).toBe("dark"); // no reload, no new init
    await expectAxeClean(page);

    // The next load is dark from the first paint: set before the page's modules run.
    await page.reload();
    expect(await pageScheme(page)).toBe("dark");
    expect(await page.evaluate('document.querySelector("meta[name=color-scheme]").content')).toBe(
      "dark",
    );
    await expect.poll(() => widgetTheme(page)).toBe("dark");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");

    // The vendor scorecard shares the header and the choice.
    await page.getByRole("link", { name: "Vendor scorecard" }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await pageScheme(page)).toBe("dark");
    await page.locator("goalpost-console tbody tr").first().waitFor(); // the console, read
    expect(await page.locator("goalpost-console").getAttribute("theme")).toBe("dark");
    await expectAxeClean(page);

    await toggle.focus();
    await page.keyboard.press("Space");
    expect(await pageScheme(page)).toBe("light");
    await page.goBack();
    expect(await pageScheme(page)).toBe("light");
    await expect.poll(() => widgetTheme(page)).toBe("light");
    expect(errors).toEqual([]);
  });
});
