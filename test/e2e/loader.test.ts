// The script tag's loader and its app file in Chromium (issue 14), on the widget's host page
// (test/e2e/widget): before the launcher is painted only the loader is fetched and no API is
// asked; the app follows; a press before the app arrived opens the panel once it has; destroy
// before and after the app arrived leaves nothing and starts nothing; an app file that fails to
// load, or whose bytes are not the ones its integrity names, is tried again and then reported,
// and the launcher says so and tries again when pressed. Needs the widget built first.
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { connectChromium } from "./support/connectChromium.ts";
import { launcherOf, panelOf } from "./support/demoPage.ts";
import { keepFailureScreenshots } from "./support/failureScreenshots.ts";
import { formatViolations, runAxe } from "./support/runAxe.ts";
import { serveWidgetPage, type WidgetSite } from "./support/widgetPage.ts";

let browser: Browser;
let site: WidgetSite;

beforeAll(async () => {
  [site, browser] = await Promise.all([serveWidgetPage(), connectChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

keepFailureScreenshots(() => browser);

const appFile = /\/widget\/goalpost-app\.[0-9a-f]+\.js$/;

// At the first frame with a launcher in the page: which of our files and API calls the page had
// asked for (resource timing lists a request once it is answered; the app's <script> element is
// in the page from the moment the loader asks for it).
const watchLauncher = `
  (function watch() {
    var host = document.querySelector("[data-goalpost-widget]");
    if (host && host.shadowRoot && host.shadowRoot.querySelector(".gp-launcher")) {
      window.atLauncher = {
        resources: performance.getEntriesByType("resource").map(function (e) { return new URL(e.name).pathname; })
          .filter(function (path) { return /goalpost|\\/v1\\//.test(path); }),
        appRequested: document.querySelector('script[src*="goalpost-app"]') !== null,
      };
    } else requestAnimationFrame(watch);
  })();
`;

interface Opened {
  page: Page;
  /** Our files and API calls, in the order asked: "/widget/goalpost.js", "GET /v1/session"… */
  requests: string[];
  errors: string[];
  /** Lets the held app file through (when opened with `hold`). */
  release(): Promise<void>;
}

/**
 * The widget's host page as Ana in a fresh context (closed after the test). With `hold`, the
 * app file is held back until `release()`; `app` answers it instead (abort, tamper…).
 */
async function open(
  options: { hold?: boolean; app?: (route: Route) => Promise<void>; query?: string } = {},
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  onTestFinished(() => context.close());
  const held: Route[] = [];
  let released = false;
  const requests: string[] = [];
  // Asked for here: a routed request's own event comes once the route has let it through.
  await context.route(appFile, async (route) => {
    requests.push("/widget/goalpost-app.js");
    if (options.app) return options.app(route);
    if (options.hold && !released) held.push(route);
    else await route.continue();
  });
  await context.addInitScript(watchLauncher);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === "/widget/goalpost.js") requests.push(pathname);
    if (pathname.startsWith("/v1/")) requests.push(`${request.method()} ${pathname}`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${site.url}?user=ana.torres${options.query ?? ""}`);
  await page.waitForSelector("body[data-ready]", { state: "attached" });
  return {
    page,
    requests,
    errors,
    async release() {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

const state = (page: Page) => page.evaluate(() => document.body.dataset.widget);
/** Whether the app has run: it defines <goalpost-widget>. */
const appRan = (page: Page) =>
  page.evaluate(() => customElements.get("goalpost-widget") !== undefined);

describe("the loader", () => {
  it("paints the launcher having fetched only itself, then fetches the app, which starts the session", async () => {
    const { page, requests, errors, release } = await open({ hold: true });
    const launcher = launcherOf(page);
    await launcher.waitFor();
    await expect
      .poll(() => page.evaluate("window.atLauncher"))
      .toEqual({
        resources: ["/widget/goalpost.js"],
        appRequested: false,
      });
    expect(await launcher.getAttribute("aria-expanded")).toBe("false");
    expect(await launcher.isVisible()).toBe(true);
    // The app is asked for once the page is idle; nothing of the API before it has arrived.
    await expect.poll(() => requests).toEqual(["/widget/goalpost.js", "/widget/goalpost-app.js"]);
    expect(await state(page)).toBeUndefined();

    await release();
    await expect.poll(() => state(page)).toBe("ready");
    expect(requests).toEqual(["/widget/goalpost.js", "/widget/goalpost-app.js", "GET /v1/session"]);
    // One launcher, the app's, where the loader's was; the panel opens from it.
    expect(await launcherOf(page).count()).toBe(1);
    await launcherOf(page).click();
    await panelOf(page).getByRole("heading", { name: "Your goals" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("opens the panel once the app has arrived when the launcher was pressed before", async () => {
    const { page, requests, errors, release } = await open({ hold: true });
    const launcher = launcherOf(page);
    await launcher.click();
    await expect.poll(() => launcher.getAttribute("aria-busy")).toBe("true");
    expect(await page.getByRole("button", { name: "Your goals — opening" }).count()).toBe(1);
    expect(await panelOf(page).count()).toBe(0);
    const { violations, passedNodes } = await runAxe(page); // the loader's launcher, waiting
    expect(formatViolations(violations)).toBe("");
    expect(passedNodes).toBeGreaterThan(0);

    await release();
    await panelOf(page).getByRole("heading", { name: "Your goals" }).waitFor();
    expect(await launcherOf(page).getAttribute("aria-expanded")).toBe("true");
    expect(await launcherOf(page).getAttribute("aria-busy")).toBeNull();
    expect(requests.filter((r) => r.includes("goalpost-app"))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it("destroy before the app arrived: the launcher goes, and the app that arrives starts nothing", async () => {
    const { page, requests, errors, release } = await open({ hold: true });
    await launcherOf(page).waitFor();
    await expect.poll(() => requests).toContain("/widget/goalpost-app.js"); // on its way
    await page.evaluate("Goalpost('destroy')");
    expect(await page.locator("[data-goalpost-widget]").count()).toBe(0);

    await release();
    await expect.poll(() => appRan(page)).toBe(true);
    // No widget at all came of the init queued before destroy: so nothing can ask the API.
    const heard = await page.evaluate(`new Promise(function (resolve) {
      Goalpost('on', 'error', function (e) { resolve(e.action + ': ' + e.error.message); });
      Goalpost('open');
    })`);
    expect(heard).toBe("open: no widget to open: call init first (and see any init warning)");
    expect(requests.filter((r) => r.includes("/v1/"))).toEqual([]);
    expect(await page.locator("[data-goalpost-widget]").count()).toBe(0);
    // The page logs each error event: the one provoked above, and nothing else.
    expect(errors).toEqual([expect.stringMatching(/^open GoalpostError: no widget to open/)]);
  });

  it("destroy after the app arrived: nothing left in the page, no widget to ask the API", async () => {
    const { page, requests, errors } = await open();
    await expect.poll(() => state(page)).toBe("ready");
    const before = await page.evaluate(() => document.body.outerHTML);
    await page.evaluate("Goalpost('destroy')");
    const left = await page.evaluate(() => ({
      hosts: document.querySelectorAll("[data-goalpost-widget]").length,
      scripts: Array.from(document.scripts, (s) => new URL(s.src || location.href).pathname).filter(
        (path) => path.startsWith("/widget/"),
      ),
      sheets: document.adoptedStyleSheets.length,
    }));
    expect(left).toEqual({ hosts: 0, scripts: ["/widget/goalpost.js"], sheets: 0 });
    expect(before).toContain("data-goalpost-widget"); // it was there
    const asked = requests.filter((r) => r.includes("/v1/")).length;
    await page.context().setOffline(true);
    await page.context().setOffline(false); // back online: a live widget would flush or reload
    const heard = await page.evaluate(`new Promise(function (resolve) {
      Goalpost('on', 'error', function (e) { resolve(e.action + ': ' + e.error.message); });
      Goalpost('open');
    })`);
    expect(heard).toBe("open: no widget to open: call init first (and see any init warning)");
    expect(requests.filter((r) => r.includes("/v1/"))).toHaveLength(asked);
    expect(errors).toEqual([expect.stringMatching(/^open GoalpostError: no widget to open/)]);
  });

  it("tries an app file that fails to load twice more, then says so on the launcher and as an error", async () => {
    let fail = true;
    let tries = 0;
    const { page, errors } = await open({
      app: async (route) => {
        tries++;
        if (fail) await route.abort("connectionfailed");
        else await route.continue();
      },
    });
    await expect.poll(() => state(page), { timeout: 15_000 }).toBe("error");
    expect(tries).toBe(3);
    const launcher = page.getByRole("button", {
      name: "Your goals Couldn't load: press to try again",
    });
    expect(await launcher.isVisible()).toBe(true);
    const { violations } = await runAxe(page); // the loader's launcher, failed
    expect(formatViolations(violations)).toBe("");
    expect(errors).toContainEqual(
      expect.stringMatching(/^Goalpost: the widget could not load \(tried 3 times\)/),
    );

    // Pressed once it can load: it does, and the panel opens.
    fail = false;
    await launcher.click();
    await panelOf(page).getByRole("heading", { name: "Your goals" }).waitFor();
    expect(tries).toBe(4);
  });

  it("refuses an app file whose bytes are not the ones its integrity names", async () => {
    const served = (change: string) => async (route: Route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}${change}` });
    };
    // Passed on as it came, the file runs (so what refuses the changed one is its integrity).
    const intact = await open({ app: served("") });
    await expect.poll(() => state(intact.page)).toBe("ready");

    const { page, requests, errors } = await open({ app: served("\n// changed on the way") });
    await expect.poll(() => state(page), { timeout: 15_000 }).toBe("error");
    expect(await appRan(page)).toBe(false);
    expect(requests.filter((r) => r.includes("goalpost-app"))).toHaveLength(3);
    expect(errors).toContainEqual(
      expect.stringMatching(/^Goalpost: the widget could not load \(tried 3 times\)/),
    );
    expect(requests.filter((r) => r.includes("/v1/"))).toEqual([]);
  });
});
