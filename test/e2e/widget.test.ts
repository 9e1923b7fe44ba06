// The built script-tag widget (packages/widget/dist/goalpost.js, embedded by the snippet of
// docs/getting-started.md) in real Chromium over the mock backend's service worker: what it
// requests, keyboard use from the launcher through a whole first run, and a hostile host
// stylesheet (axe-core on every main state: axe.test.ts). Needs `pnpm --filter @goalpost/widget build` first.
import { readFileSync } from "node:fs";
import type { MockBackend } from "@goalpost/mock-backend";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { connectChromium } from "./support/connectChromium.ts";
import { keepFailureScreenshots } from "./support/failureScreenshots.ts";
import { focused, named, tabTo } from "./support/keyboardFocus.ts";
import {
  openWidgetPage,
  serveWidgetPage,
  type WidgetPage,
  type WidgetPageOptions,
  type WidgetSite,
  widgetScript,
} from "./support/widgetPage.ts";
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

/** A host page in a new context, closed when the test ends. */
async function open(options: WidgetPageOptions): Promise<WidgetPage> {
  const page = await openWidgetPage(browser, site, options, {
    viewport: { width: 800, height: 900 },
  });
  onTestFinished(() => page.context.close());
  return page;
}

/** The widget's state as the page sees it: host, shadow root, launcher, panel. */
const inspect = (page: Page) =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll("[data-goalpost-widget]");
    const shadow = hosts[0]?.shadowRoot;
    const launcher = shadow?.querySelector(".gp-launcher");
    return {
      hosts: hosts.length,
      shadowMode: shadow?.mode,
      launcherInLightDom: document.querySelector(".gp-launcher, #gp-panel") !== null,
      launcherText: launcher?.textContent?.trim(),
      expanded: launcher?.getAttribute("aria-expanded"),
      panelOpen: shadow?.querySelector("dialog")?.open,
      theme: hosts[0]?.getAttribute("data-goalpost-theme"),
    };
  });

/** What the mock backend stored of the goals of an account's role. */
const storedGoals = (page: Page, accountId: string, roleId: string) =>
  page.evaluate(
    ({ accountId, roleId }) => {
      const { state } = (window as unknown as { mockBackend: MockBackend }).mockBackend;
      const ids = new Set(
        state.agreements
          .filter((a) => a.accountId === accountId && a.roleId === roleId)
          .map((a) => a.id),
      );
      return state.goals
        .filter((goal) => ids.has(goal.agreementId))
        .map(({ target, changes, actions, valueElementIds }) => ({
          target,
          changes,
          actions: actions.map(({ title, owner }) => ({ title, owner })),
          valueElementIds,
        }));
    },
    { accountId, roleId },
  );

/** API requests with ids taken out: "PATCH /v1/agreements/:id". */
const shapes = (requests: readonly string[]) =>
  requests.map((r) => r.replace(/^(\w+ \/v1\/\w+)\/[^/]+/, "$1/:id"));

describe("the widget by script tag in Chromium", () => {
  it("loads from the built script, renders its launcher in a shadow root, and starts with GET /v1/session only", async () => {
    const { page, apiRequests, errors } = await open({ user: "ana.torres" });
    await page.waitForLoadState("networkidle");

    expect(await inspect(page)).toMatchObject({
      hosts: 1,
      shadowMode: "open",
      launcherInLightDom: false,
      launcherText: "Your goals",
      expanded: "false",
      panelOpen: false,
    });
    expect(
      await page.evaluate(() => (window as { Goalpost?: { loaded?: boolean } }).Goalpost?.loaded),
    ).toBe(true);
    expect(await page.locator(".gp-launcher").isVisible()).toBe(true);
    const scripts = await page.evaluate(() =>
      Array.from(document.scripts, (s) => s.src).filter((src) => src.includes("goalpost")),
    );
    expect(scripts).toHaveLength(1);
    const served = await page.request.get(scripts[0] ?? "");
    expect(await served.text()).toBe(readFileSync(widgetScript, "utf8"));
    expect(apiRequests).toEqual(["GET /v1/session"]);
    expect(errors).toEqual([]);
  });

  it("opens by keyboard with focus on the panel's heading, and Escape brings focus back to the launcher", async () => {
    const { page, errors } = await open({ user: "ana.torres" });
    await tabTo(page, named("button", "Your goals"), { max: 3 }); // past the host's own button

    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h2", name: "Your goals" });
    expect(await inspect(page)).toMatchObject({ expanded: "true", panelOpen: true });
    await expect.poll(() => panelOf(page).getByText("Your metrics").isVisible()).toBe(true);

    await page.keyboard.press("Escape");
    await expect.poll(() => inspect(page)).toMatchObject({ expanded: "false", panelOpen: false });
    expect(await focused(page)).toMatchObject({
      tag: "button",
      name: "Your goals",
      inShadow: true,
    });

    // And once more: Enter opens it again, Tab moves on inside the panel.
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h2" });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "button", name: "Close", inShadow: true });
    expect(errors).toEqual([]);
  });

  it("walks a first run by keyboard alone: agree → maturity → baseline and goal → home", async () => {
    const { page, apiRequests, errors } = await open({ user: "tom.becker" });
    const heading = (name: string) =>
      expect.poll(() => focused(page)).toMatchObject({ tag: "h3", name });

    await tabTo(page, named("button", "Your goals"), { max: 3 });
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h2" });

    // Step 1, where a first run opens: check one suggested metric with Space, submit with Enter.
    expect(await panelOf(page).getByText("Step 1 of 3").isVisible()).toBe(true);
    await tabTo(page, named("input", /Confidence in outreach/));
    await page.keyboard.press("Space");
    expect(await focused(page)).toMatchObject({ type: "checkbox", checked: true });
    await tabTo(page, named("button", "Agree"));
    await page.keyboard.press("Enter");

    // Step 2: the levels are buttons; Enter on one saves it and goes on.
    await heading("Where is your team today?");
    expect(await tabTo(page, (f) => f.tag === "button")).toMatchObject({
      name: expect.stringMatching(/^Working cold lists/),
    });
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({
      name: expect.stringMatching(/^Following warm visitors/),
    });
    await page.keyboard.press("Enter");

    // Step 3: the baseline on the anchored Likert scale, a real radio group moved by arrow keys.
    await heading("Set your first goal: Confidence in outreach");
    await tabTo(page, (f) => f.type === "radio");
    await page.keyboard.press("ArrowRight");
    expect(await focused(page)).toMatchObject({
      name: expect.stringMatching(/^2 I manage if I have read up/),
      checked: true,
    });

    // The target follows the baseline (Tab lands on the suggested point); raise it by one.
    const suggested = await tabTo(page, (f) => f.type === "radio");
    expect(suggested.checked).toBe(true);
    await page.keyboard.press("ArrowRight");
    const target = await focused(page);
    expect(target.checked).toBe(true);
    const point = Number(target.name.split(" ")[0]);
    expect(point).toBe(Number(suggested.name.split(" ")[0]) + 1);
    // The plan, behind its disclosure.
    await tabTo(page, named("summary", /^Due .+: change the date, or plan how you'll get there$/));
    await page.keyboard.press("Enter");
    await tabTo(page, named("textarea", "What will change in your work"));
    await page.keyboard.type("I open every call with what the visitor read.");
    await tabTo(page, named("button", "Add an action"));
    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toMatchObject({ tag: "input", name: "Action 1" });
    await page.keyboard.type("Practise openers with my manager");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "select", value: "customer" });
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatchObject({ tag: "select", value: "vendor" });
    await tabTo(page, named("input", /^Open with what they read/));
    await page.keyboard.press("Space");
    expect(await focused(page)).toMatchObject({ checked: true });
    await tabTo(page, named("button", "Set goal"));
    await page.keyboard.press("Enter");
    // Home: focus on its heading, the new goal's target on the metric's card.
    await heading("Your metrics");
    const card = panelOf(page).locator("article", { hasText: "Confidence in outreach" });
    await expect
      .poll(() => card.locator("dt:text-is('Target') + dd").textContent())
      .toBe(`${point} – ${target.name.slice(target.name.indexOf(" ") + 1)}`);
    expect(shapes(apiRequests)).toEqual([
      "GET /v1/session",
      "POST /v1/agreements",
      "PATCH /v1/agreements/:id",
      "PATCH /v1/agreements/:id",
      "POST /v1/goals",
    ]);
    expect(await storedGoals(page, "initech", "sdr")).toEqual([
      {
        target: point,
        changes: "I open every call with what the visitor read.",
        actions: [{ title: "Practise openers with my manager", owner: "vendor" }],
        valueElementIds: [expect.any(String)],
      },
    ]);
    expect(errors).toEqual([]);
  });

  it("keeps a working launcher on a host page whose CSS unsets everything and hides buttons", async () => {
    const { page, errors } = await open({ user: "ana.torres", hostile: true });
    const hostButton = page.locator("#host-action");
    expect(await hostButton.isVisible()).toBe(false); // the hostile CSS is in force

    const launcher = page.locator(".gp-launcher");
    expect(await launcher.isVisible()).toBe(true);
    const box = await launcher.boundingBox();
    expect(box?.width).toBeGreaterThan(40);
    expect(box?.height).toBeGreaterThan(30);
    expect(await launcher.evaluate((el) => getComputedStyle(el).position)).toBe("fixed");

    await launcher.click();
    await expect.poll(() => inspect(page)).toMatchObject({ panelOpen: true });
    const panel = panelOf(page);
    await panel.getByRole("heading", { name: "Your metrics" }).waitFor();
    expect(await panel.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      "rgb(255, 255, 255)",
    );
    expect(await panel.getByRole("button", { name: "Close", exact: true }).isVisible()).toBe(true);
    await panel.getByRole("button", { name: "Close", exact: true }).click();
    await expect.poll(() => inspect(page)).toMatchObject({ panelOpen: false });
    expect(errors).toEqual([]);
  });

  it("stays usable above a host <dialog> opened with showModal()", async () => {
    const { page, errors } = await open({ user: "ana.torres" });
    await page.evaluate(() => {
      const dialog = document.createElement("dialog");
      dialog.id = "host-modal";
      dialog.textContent = "The host's own modal dialog";
      document.body.append(dialog);
      dialog.showModal();
      (window as unknown as { Goalpost: (command: string) => void }).Goalpost("open");
    });
    const panel = panelOf(page);
    await panel.getByRole("heading", { name: "Your metrics" }).waitFor();
    // The panel is on top (the topmost element at its centre is inside the widget), not inert.
    const onTop = await panel.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + 40);
      return hit?.hasAttribute("data-goalpost-widget") === true && !el.closest("[inert]");
    });
    expect(onTop).toBe(true);
    await panel.getByRole("button", { name: "Close", exact: true }).click();
    await expect.poll(() => inspect(page)).toMatchObject({ panelOpen: false });
    expect(
      await page.evaluate(() => (document.getElementById("host-modal") as HTMLDialogElement).open),
    ).toBe(true);
    expect(errors).toEqual([]);
  });
});
