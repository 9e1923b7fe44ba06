import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { DemoSite } from "./serveDemo.ts";

/** A demo page in its own browser context, with what went wrong in it. */
export interface DemoPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors of the page. */
  errors: string[];
}

/**
 * Opens Beacon's Visitors page in a new browser context (its own storage and service worker), signs in as
 * `userId` with the header's switcher, and puts the demo data back to its seed with the
 * header's "Reset demo data" (which keeps who is signed in and reloads). Resolves once the
 * widget is ready for that user. Close `context` when done.
 */
export async function openDemo(
  browser: Browser,
  site: DemoSite,
  userId: string,
  /** `bypassCSP` lets a test inject a checker (axe) past the demo's strict CSP. */
  options: { bypassCSP?: boolean } = {},
): Promise<DemoPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(site.url);
  await page.getByLabel("Signed in as").selectOption(userId);
  page.once("dialog", (dialog) => void dialog.accept());
  await Promise.all([
    page.waitForEvent("load"),
    page.getByRole("button", { name: "Reset demo data" }).click(),
  ]);
  await widgetReady(page);
  return { context, page, errors };
}

/** Resolves when the widget has loaded its session (at once if it already has). */
export async function widgetReady(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap a function in a __name helper the page lacks.
  await page.evaluate("new Promise((resolve) => Goalpost('on', 'ready', () => resolve(true)))");
}

/**
 * The widget's launcher: "Your goals", with what waits for the user after a dash when anything
 * does ("Your goals — 1 thing needs you").
 */
export const launcherOf = (page: Page): Locator =>
  page.getByRole("button", { name: /^Your goals( — .+)?$/ });

/** The widget's panel: the dialog named like its launcher. */
export const panelOf = (page: Page): Locator => page.getByRole("dialog", { name: "Your goals" });

/** The home card of one agreed metric (an article named by its heading). */
export const cardOf = (page: Page, metric: string): Locator =>
  panelOf(page).getByRole("article", { name: metric, exact: true });

/**
 * The figures of a metric's card, term → first value ("Baseline" → "6 hours"), as a person
 * reads them; relative times (the second line under a value) are left out.
 */
export function figuresOf(card: Locator): Promise<Record<string, string>> {
  return card.evaluate((article) => {
    const figures: Record<string, string> = {};
    for (const term of article.querySelectorAll("dt")) {
      const value = term.nextElementSibling;
      if (term.textContent && value?.localName === "dd") {
        figures[term.textContent.trim()] = value.textContent?.trim() ?? "";
      }
    }
    return figures;
  });
}

/**
 * Calls the Goalpost API from inside the page, as the signed-in user (the demo's own token
 * provider, `beacon.goalpostToken()`) or with the demo's admin key: the mock backend lives in
 * the page, behind its service worker. Throws with the error body on a non-2xx answer.
 */
export async function callApi<T>(
  page: Page,
  method: string,
  path: string,
  { body, admin = false }: { body?: unknown; admin?: boolean } = {},
): Promise<T> {
  const call = JSON.stringify({ method, path, body, admin });
  return (await page.evaluate(`(async () => {
    const { method, path, body, admin } = ${call};
    const token = admin ? "demo-admin-key" : await window.beacon.goalpostToken();
    const headers = { authorization: "Bearer " + token };
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(method + " " + path + ": " + response.status + " " + text);
    return JSON.parse(text);
  })()`)) as T;
}
