// The script-tag embedding in a real browser: commands called through the snippet's stub before
// goalpost.js loads (on, init, identify, open, record) are replayed in order, and a page that
// includes the script twice still gets one widget; <goalpost-widget> elements already in the page
// when the script arrives start once each. Needs the widget built first.
import { fileURLToPath } from "node:url";
import type { MockBackend } from "@goalpost/mock-backend";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { connectChromium } from "./support/connectChromium.ts";
import { launcherOf } from "./support/demoPage.ts";
import { keepFailureScreenshots } from "./support/failureScreenshots.ts";
import { servePage } from "./support/servePage.ts";
import { requireBuiltWidget } from "./support/widgetPage.ts";

let browser: Browser;
let site: Awaited<ReturnType<typeof servePage>>;

beforeAll(async () => {
  requireBuiltWidget();
  [site, browser] = await Promise.all([
    servePage(fileURLToPath(new URL("./queue", import.meta.url))),
    connectChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

keepFailureScreenshots(() => browser);

/**
 * Opens `url` in a fresh context (closed after the test) once its page says it is ready, with
 * the page's errors and the methods of the requests to `path`, as they happen.
 */
async function openPage(url: string, path: string) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === path) requests.push(request.method());
  });
  await page.goto(url);
  await page.waitForSelector("body[data-ready]", { state: "attached" });
  return { page, errors, requests };
}

describe("the snippet's command queue, with the script included twice", () => {
  it("replays queued commands in order into one widget, and queued listeners hear events", async () => {
    const opened = await openPage(site.url, "/v1/measurements");
    const { page, errors, requests: measurementPosts } = opened;

    // Everything was queued before either copy of the script ran.
    expect(await page.evaluate("window.queuedBeforeLoad")).toEqual({ calls: 9, loaded: false });
    const heard = () => page.evaluate("window.heard") as Promise<string[]>;
    await expect.poll(heard).toContain("progress:logged 48 app");

    // In order: init (Ana), identify (Sam), open, then record — into Sam's agreed app metric,
    // which Ana's role does not have (record before identify would have been an error). Open
    // acts at once; the sessions load after it, Ana's first.
    expect(await heard()).toEqual([
      "open",
      "ready ana.torres",
      "ready sam.okafor",
      "progress:logged 48 app",
    ]);
    // The event says the entry is logged (in the outbox, shown at once); it reaches the backend
    // a moment later.
    const stored = () =>
      page.evaluate(() =>
        (window as unknown as { mockBackend: MockBackend }).mockBackend.state.measurements
          .filter((m) => m.source === "app" && m.value === 48 && m.userId === "sam.okafor")
          .map((m) => m.agreementId),
      );
    await expect.poll(stored).toEqual(["agr_acme_qualified-contacts"]);
    expect(measurementPosts).toEqual(["POST"]);

    // Two copies loaded, one widget: one host, one launcher, the panel open with Sam's metrics.
    expect(await page.evaluate("window.scriptsLoaded")).toBe(2);
    expect(await page.locator("[data-goalpost-widget]").count()).toBe(1);
    expect(await launcherOf(page).count()).toBe(1);
    const panel = page.getByRole("dialog", { name: "Your goals" });
    await panel
      .getByRole("article", { name: "Qualified contacts per week", exact: true })
      .waitFor();
    // The host's listener that threw is the page's own error; the listener after it still heard.
    expect(errors).toEqual(["a host listener broke"]);
  });
});

describe("<goalpost-widget> in the page before the script", () => {
  it("starts once per element, whatever the order of its attributes", async () => {
    const elementSite = await servePage(fileURLToPath(new URL("./element", import.meta.url)));
    onTestFinished(() => elementSite.close());
    const { page, errors, requests: sessions } = await openPage(elementSite.url, "/v1/session");
    const heard = () => page.evaluate("window.heard") as Promise<string[]>;
    await expect.poll(async () => (await heard()).length).toBe(2);
    await page.waitForTimeout(500); // a second start of either would have shown by now
    expect((await heard()).sort()).toEqual(["first el-user", "second el-user"]);
    expect(sessions).toEqual(["GET", "GET"]);
    for (const id of ["first", "second"])
      await page.locator(`#${id}`).getByRole("heading", { name: "Your goals" }).waitFor();
    expect(errors).toEqual([]);
  });
});
