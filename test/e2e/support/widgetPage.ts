import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { servePage } from "./servePage.ts";

/** The built script-tag file the host page embeds. */
export const widgetScript = fileURLToPath(
  new URL("../../../packages/widget/dist/goalpost.js", import.meta.url),
);

/** A served host page (test/e2e/widget) that embeds the built widget by its snippet. */
export type WidgetSite = Awaited<ReturnType<typeof servePage>>;

/** Fails clearly when the widget's script-tag file has not been built. */
export function requireBuiltWidget(): void {
  if (!existsSync(widgetScript)) {
    throw new Error(
      `${widgetScript} is missing: run \`pnpm --filter @goalpost/widget build\` first`,
    );
  }
}

/** Builds and serves the host page; fails clearly when the widget has not been built. */
export async function serveWidgetPage(): Promise<WidgetSite> {
  requireBuiltWidget();
  return servePage(fileURLToPath(new URL("../widget", import.meta.url)));
}

/** Who the host page signs in and how it embeds the widget. */
export interface WidgetPageOptions {
  /** A demo user's id, e.g. "ana.torres" (packages/demo-data/src/demoUsers.ts). */
  user: string;
  theme?: "light" | "dark" | "auto";
  /** Open the panel at once (the `open` option). */
  open?: boolean;
  /** Add hostile global CSS to the host page: `* { all: unset } button { display: none }`. */
  hostile?: boolean;
}

/** A host page in its own browser context, with what it asked of the API and what went wrong. */
export interface WidgetPage {
  context: BrowserContext;
  page: Page;
  /** Every request to the API (`/v1/…`) as "METHOD /path", in order. */
  apiRequests: string[];
  /** Uncaught exceptions and console errors of the page. */
  errors: string[];
}

/**
 * Opens the host page as `options.user` in a new browser context and waits until the widget
 * reports `ready`. Close `context` when done.
 */
export async function openWidgetPage(
  browser: Browser,
  site: WidgetSite,
  options: WidgetPageOptions,
  contextOptions: BrowserContextOptions = {},
): Promise<WidgetPage> {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const apiRequests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/v1/")) apiRequests.push(`${request.method()} ${pathname}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const query = new URLSearchParams({ user: options.user });
  if (options.theme) query.set("theme", options.theme);
  if (options.open) query.set("open", "1");
  if (options.hostile) query.set("hostile", "1");
  await page.goto(`${site.url}?${query}`);
  await page.waitForSelector("body[data-widget]", { state: "attached" });
  const state = await page.evaluate(() => document.body.dataset.widget);
  if (state !== "ready") throw new Error(`the widget did not start: ${errors.join("; ")}`);
  return { context, page, apiRequests, errors };
}
