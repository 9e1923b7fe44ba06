// The panel in real Chromium, for what needs a real browser: typed work kept across Escape and a
// page reload (localStorage), the size and scroll of the floating panel, and the full-height
// sheet below 480 px wide. Needs `pnpm --filter @goalpost/widget build` first.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { connectChromium } from "./support/connectChromium.ts";
import { keepFailureScreenshots } from "./support/failureScreenshots.ts";
import { formatViolations, runAxe } from "./support/runAxe.ts";
import { openWidgetPage, serveWidgetPage, type WidgetSite } from "./support/widgetPage.ts";
import { panelOf } from "./support/widgetStates.ts";

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

async function open(user: string, viewport = { width: 800, height: 900 }) {
  const opened = await openWidgetPage(browser, site, { user, open: true }, { viewport });
  onTestFinished(() => opened.context.close());
  return opened;
}

const card = (page: Page, metric: string) =>
  panelOf(page).locator("article", {
    has: page.getByRole("heading", { name: metric, exact: true }),
  });

/** The panel's box and its header's, as the viewport shows them. */
const boxes = (page: Page) =>
  panelOf(page).evaluate((panel) => {
    const box = (element: Element | null) => {
      const r = element?.getBoundingClientRect();
      return r && { top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height };
    };
    return {
      panel: box(panel),
      header: box(panel.querySelector(".gp-panel-header")),
      actions: box(panel.querySelector(".gp-actions")),
    };
  });

describe("the panel in Chromium", () => {
  it("keeps a half-typed entry across Escape and a page reload, and forgets it once saved", async () => {
    const { page, errors } = await open("ana.torres");
    const panel = panelOf(page);
    await card(page, "Campaign setup time").getByRole("button", { name: "Log progress" }).click();
    // Short of the target (9 hours), so the card offers Log progress again after the save,
    // whether the entry was delivered before the reload or is sent again after it.
    await panel.getByRole("textbox", { name: /^Campaign setup time/ }).fill("9.4");
    await panel.getByLabel("Note (optional)").fill("Used the template");

    await page.keyboard.press("Escape");
    await expect.poll(() => panel.isVisible()).toBe(false);
    await page.reload();
    await page.waitForSelector("body[data-widget=ready]");
    // Opened again (the `open` option), on the screen it was left on, with what was typed.
    await panel.getByRole("heading", { name: "Log progress: Campaign setup time" }).waitFor();
    expect(await panel.getByRole("textbox", { name: /^Campaign setup time/ }).inputValue()).toBe(
      "9.4",
    );
    expect(await panel.getByLabel("Note (optional)").inputValue()).toBe("Used the template");

    await panel.getByRole("button", { name: "Save", exact: true }).click();
    await panel.getByRole("heading", { name: "Your metrics" }).waitFor();
    await page.reload();
    await page.waitForSelector("body[data-widget=ready]");
    await card(page, "Campaign setup time").getByRole("button", { name: "Log progress" }).click();
    expect(await panel.getByLabel("Note (optional)").inputValue()).toBe("");
    expect(errors).toEqual([]);
  });

  it("keeps one size from screen to screen, clear of the host's header, and starts each screen at its top", async () => {
    const { page } = await open("marcus.lee");
    const panel = panelOf(page);
    await panel.getByRole("heading", { name: "Your metrics" }).waitFor();
    const home = await boxes(page);
    expect(home.panel?.top).toBeGreaterThanOrEqual(80);
    await card(page, "Qualified contacts per week")
      .getByRole("button", { name: "Set your goal" })
      .click();
    await panel.getByRole("heading", { name: /Set your first goal/ }).waitFor();
    const goal = await boxes(page);
    expect(goal.panel).toEqual(home.panel);

    // Scrolled down the long form, the header and the primary action stay in view.
    await panel.locator(".gp-panel-body").evaluate((body) => body.scrollTo(0, body.scrollHeight));
    const scrolled = await boxes(page);
    expect(scrolled.header?.top).toBe(home.header?.top);
    expect(scrolled.actions?.bottom).toBeLessThanOrEqual((home.panel?.bottom ?? 0) + 0.5);
    await panel.getByRole("button", { name: "Back" }).click(); // at the top of the form
    await panel.getByRole("heading", { name: "Your metrics" }).waitFor();
    expect(await panel.locator(".gp-panel-body").evaluate((body) => body.scrollTop)).toBe(0);
  });

  it("is a full-height sheet below 480 px wide, with Close and the primary action in view", async () => {
    const viewport = { width: 360, height: 740 };
    const { page, errors } = await open("tom.becker", viewport);
    const panel = panelOf(page);
    await panel.getByRole("heading", { name: "Choose what to measure" }).waitFor(); // a first run
    const sheet = await boxes(page);
    expect(sheet.panel).toMatchObject({ top: 0, left: 0, width: 360, height: 740 });
    await panel.locator(".gp-panel-body").evaluate((body) => body.scrollTo(0, body.scrollHeight));
    const scrolled = await boxes(page);
    expect(scrolled.header?.top).toBe(0);
    expect(scrolled.actions?.bottom).toBeLessThanOrEqual(740.5);
    expect(await panel.getByRole("button", { name: "Close" }).isVisible()).toBe(true);

    await panel.getByRole("button", { name: "Agree" }).click(); // nothing chosen
    const problem = panel.getByText("Choose at least one metric.");
    await problem.waitFor();
    const shown = await problem.boundingBox();
    expect(shown && shown.y >= 0 && shown.y + shown.height <= 740).toBe(true);

    const { violations } = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
