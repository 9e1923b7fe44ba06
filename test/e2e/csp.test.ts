// The built script-tag widget on a host page with hostile global CSS (`* { all: unset }`,
// `button { display: none }`) under a strict nonce-only Content-Security-Policy sent as a header:
// it renders, a user completes a step, and the browser reports no CSP violation — the listeners
// that would report one are proven by a deliberate violation. Needs the widget built first.
import { fileURLToPath } from "node:url";
import type { MockBackend } from "@goalpost/mock-backend";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { connectChromium } from "./support/connectChromium.ts";
import { launcherOf } from "./support/demoPage.ts";
import { keepFailureScreenshots } from "./support/failureScreenshots.ts";
import { servePage } from "./support/servePage.ts";
import { requireBuiltWidget } from "./support/widgetPage.ts";

/** Nonce-only scripts and styles; the msw worker script from the page's origin. */
const policy = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join("; ");

let browser: Browser;
let site: Awaited<ReturnType<typeof servePage>>;

beforeAll(async () => {
  requireBuiltWidget();
  [site, browser] = await Promise.all([
    servePage(fileURLToPath(new URL("./csp", import.meta.url)), { csp: policy }),
    connectChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

keepFailureScreenshots(() => browser);

/** Records every `securitypolicyviolation` from the first script on, shadow roots included. */
const listenForViolations = `
  window.cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(event.effectiveDirective + " blocked " + (event.blockedURI || "inline") + (event.sample ? ": " + event.sample : ""));
  }, true);
`;

/** The page as Ana, with what the browser says about CSP: events and console messages. */
async function open(): Promise<{
  page: Page;
  violations: () => Promise<string[]>;
  console: string[];
  errors: string[];
}> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  onTestFinished(() => context.close());
  await context.addInitScript(listenForViolations);
  const page = await context.newPage();
  const console: string[] = [];
  const errors: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) console.push(message.text());
    else if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(`${site.url}?user=ana.torres`);
  expect(response?.headers()["content-security-policy"]).toMatch(
    /^default-src 'self'; script-src 'nonce-/,
  );
  await page.waitForSelector("body[data-widget]", { state: "attached" });
  expect(await page.evaluate(() => document.body.dataset.widget)).toBe("ready");
  const violations = () => page.evaluate("window.cspViolations") as Promise<string[]>;
  return { page, violations, console, errors };
}

describe("a strict-CSP host page with hostile CSS", () => {
  it("reports a deliberate violation (the listeners work)", async () => {
    const { page, violations, console } = await open();
    expect(await violations()).toEqual([]);
    // An inline style attribute and a script without the nonce: both refused and reported.
    await page.evaluate(`
      document.body.insertAdjacentHTML("beforeend", '<p style="color: red">unsafe</p>');
      const script = document.createElement("script");
      script.textContent = "window.ranWithoutNonce = true";
      document.body.append(script);
    `);
    await expect
      .poll(violations)
      .toEqual([
        expect.stringMatching(/^style-src-attr blocked inline/),
        expect.stringMatching(/^script-src-elem blocked inline/),
      ]);
    expect(await page.evaluate("window.ranWithoutNonce")).toBeUndefined();
    expect(console).toEqual([
      expect.stringMatching(/inline style violates .*Content Security Policy/),
      expect.stringMatching(/inline script violates .*Content Security Policy/),
    ]);
  });

  it("renders the widget, lets a user log progress, and reports no violation", async () => {
    const { page, violations, console, errors } = await open();
    expect(await page.locator("#host-action").isVisible()).toBe(false); // the hostile CSS is on

    const launcher = launcherOf(page);
    expect(await launcher.isVisible()).toBe(true);
    expect(await launcher.evaluate((el) => getComputedStyle(el).position)).toBe("fixed");
    await launcher.click();
    const panel = page.getByRole("dialog", { name: "Your goals" });
    const metric = "Campaign setup time";
    const card = panel.getByRole("article", { name: metric, exact: true });
    await card.getByRole("button", { name: "Log progress", exact: true }).click();
    await panel.getByRole("textbox", { name: metric }).fill("9.5");
    const note = `logged under a strict CSP ${Date.now()}`;
    await panel.getByRole("textbox", { name: "Note (optional)" }).fill(note);
    await panel.getByRole("button", { name: "Save", exact: true }).click();
    await panel.getByRole("heading", { name: "Your metrics" }).waitFor();
    await expect.poll(() => panel.getByText(/waiting to send/).count()).toBe(0);
    // Styled (the panel's own background), and the entry stored by the backend.
    expect(await panel.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      "rgb(255, 255, 255)",
    );
    const stored = await page.evaluate(
      (note) =>
        (window as unknown as { mockBackend: MockBackend }).mockBackend.state.measurements
          .filter((m) => m.note === note)
          .map(({ userId, value, source }) => ({ userId, value, source })),
      note,
    );
    expect(stored).toEqual([{ userId: "ana.torres", value: 9.5, source: "self" }]);
    // The loader fetched the app file under the page's nonce (and its integrity: see
    // loader.test.ts for a changed file refused).
    const files = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith("/widget/")),
    );
    expect(files).toEqual([
      "/widget/goalpost.js",
      expect.stringMatching(/^\/widget\/goalpost-app\.[0-9a-f]+\.js$/),
    ]);

    expect(await violations()).toEqual([]);
    expect(console).toEqual([]);
    expect(errors).toEqual([]);
  });
});
