// The vendor's console (@goalpost/console): in the demo, where Beacon's "Vendor scorecard" page
// embeds it over the in-browser mock, and as its own page at /console/ of goalpost-mock. A user's
// progress in the widget shows in the console; an at-risk account comes first; it works by
// keyboard, passes axe light and dark at 360 and 1440 px; its token reads and never writes.
// Needs `pnpm build` first.
import { signConsoleToken } from "@goalpost/mock-backend";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { type MockBackend, startMockBackend } from "../contract/support/startMockBackend.ts";
import { callApi, openDemo } from "./support/demoPage.ts";
import { byMouse } from "./support/flowDrivers.ts";
import { focused, named, tabTo } from "./support/keyboardFocus.ts";
import { walkFirstRun } from "./support/roleFlow.ts";
import { roleJourneys } from "./support/roleJourneys.ts";
import { formatViolations, runAxe } from "./support/runAxe.ts";
import { useDemo } from "./support/useDemo.ts";

const demo = useDemo();

type RoleKpis = { roleId: string; accounts: number; accountsWithMeasures: number };

const consoleOf = (page: Page): Locator => page.getByRole("region", { name: "Goalpost console" });
const tableOf = (page: Page): Locator =>
  consoleOf(page).getByRole("region", { name: "Accounts table" }).getByRole("table");
/** The accounts table's rows, without its header row. */
const rowsOf = (page: Page): Locator => tableOf(page).locator("tbody tr");

async function openConsole(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Vendor scorecard" }).click();
  await rowsOf(page).first().waitFor();
}

async function expectAxeClean(page: Page): Promise<void> {
  const { violations, passedNodes } = await runAxe(page, "body");
  expect(formatViolations(violations)).toBe("");
  expect(passedNodes).toBeGreaterThan(50);
}

describe("the console in the demo's Vendor scorecard", () => {
  it("shows what a user just did in the widget: her account's row and the KPI", async () => {
    const journey = roleJourneys.find((j) => j.user === "nadia.haddad");
    if (!journey) throw new Error("no journey for nadia.haddad");
    const { context, page, errors } = await openDemo(demo.browser, demo.site, journey.user);
    onTestFinished(() => context.close());
    const report = await callApi<{ roles: RoleKpis[] }>(page, "GET", "/v1/admin/kpis", {
      admin: true,
    });
    const before = report.roles.find((r) => r.roleId === journey.roleId);
    if (!before) throw new Error(`no KPIs for ${journey.roleId}`);

    await openConsole(page);
    const row = rowsOf(page).filter({ hasText: /^initech\s*Digital marketer/ });
    expect(await row.textContent()).toContain("No measures");

    await page.getByRole("link", { name: "Visitors" }).click();
    await walkFirstRun(page, byMouse, journey); // agrees, sets a baseline, reaches a goal, sets the next
    await openConsole(page);
    await expect.poll(() => row.textContent()).toContain("Goal achieved");
    expect(await row.textContent()).toContain("1 (1 up, 0 down)");
    expect(await row.textContent()).toContain("1 achieved, 0 missed, 1 active");

    const card = consoleOf(page).getByRole("article", { name: "Digital marketer" });
    const measures = before.accountsWithMeasures + 1; // Initech had none
    expect(await card.textContent()).toContain(`${measures} of ${before.accounts} accounts`);
    const metric = await card.getByRole("row", { name: /Campaign setup time/ }).textContent();
    expect(metric).toMatch(/hours? faster .*better/); // fewer hours is a gain, said so
    expect(errors).toEqual([]);
  });

  it("lists an at-risk account first: below its baseline and past a missed goal", async () => {
    const { context, page, errors } = await openDemo(demo.browser, demo.site, "ana.torres");
    onTestFinished(() => context.close());
    await openConsole(page);
    const first = rowsOf(page).first();
    expect(await first.getByRole("rowheader").textContent()).toBe("globex");
    expect(await first.getByRole("listitem").allTextContents()).toEqual([
      "Below baseline",
      "Missed a goal",
    ]);
    // Every at-risk row comes before every row that is not.
    const risks = await rowsOf(page).evaluateAll((rows) =>
      rows.map((row) => row.classList.contains("at-risk")),
    );
    expect(risks.indexOf(false)).toBeGreaterThan(0);
    expect(risks.slice(risks.indexOf(false))).not.toContain(true);
    expect(errors).toEqual([]);
  });

  it("works by keyboard, and passes axe light and dark at 1440 and 360 px", async () => {
    const { context, page, errors } = await openDemo(demo.browser, demo.site, "ana.torres", {
      bypassCSP: true,
    });
    onTestFinished(() => context.close());
    await openConsole(page);
    await expectAxeClean(page);

    // Filter to the roles at risk, by keyboard only.
    await consoleOf(page).getByRole("heading", { name: "Accounts", exact: true }).click(); // a start point
    await tabTo(page, (e) => e.tag === "select" && e.name.startsWith("State"));
    await page.keyboard.press("ArrowDown"); // "At risk (any flag)"
    expect((await focused(page)).value).toBe("at-risk");
    const atRisk = () =>
      rowsOf(page).evaluateAll((rows) => rows.map((row) => row.classList.contains("at-risk")));
    await expect.poll(atRisk).not.toContain(false);
    expect((await atRisk()).length).toBeGreaterThan(0);
    const status = consoleOf(page).getByRole("status").last();
    expect(await status.textContent()).toMatch(/^Rows 1–\d+ of \d+, at-risk first\.$/);

    // Sort by account with the column's button: Enter.
    await tabTo(page, named("button", "Account"));
    await page.keyboard.press("Enter");
    const header = tableOf(page).getByRole("columnheader", { name: /^Account/ });
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    expect((await focused(page)).inShadow).toBe(true);

    // Open an account's report from its row by keyboard: it is checked by axe too.
    // (the row's button reads as its account id; its accessible name adds "open the report")
    await tabTo(page, (e) => e.tag === "button" && /^(acme|globex|initech)$/.test(e.name));
    await page.keyboard.press("Enter");
    await consoleOf(page)
      .getByRole("region", { name: /^Report: / })
      .getByRole("table")
      .first()
      .waitFor();
    await expectAxeClean(page);

    await page.getByRole("button", { name: "Dark mode" }).click();
    await expect.poll(() => page.locator("goalpost-console").getAttribute("theme")).toBe("dark");
    await expectAxeClean(page);

    await page.setViewportSize({ width: 360, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0); // the table scrolls in its own region, not the page
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Dark mode" }).click();
    await expectAxeClean(page);
    expect(errors).toEqual([]);
  });

  it("a console token reads and cannot write: 403 on the catalog, ingest and webhooks, 401 as a user", async () => {
    const { context, page } = await openDemo(demo.browser, demo.site, "ana.torres");
    onTestFinished(() => context.close());
    const token = await signConsoleToken({ sub: "e2e.staff", name: "E2E Staff" }, "demo-admin-key");
    const statuses = await page.evaluate(
      async ({ token }) => {
        const call = (method: string, path: string, body?: unknown) =>
          fetch(path, {
            method,
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          }).then((r) => r.status);
        const catalog = await fetch("/v1/admin/catalog", {
          headers: { authorization: `Bearer ${token}` },
        }).then((r) => r.json());
        return {
          read: await call("GET", "/v1/admin/accounts"),
          catalog: await call("PUT", "/v1/admin/catalog", catalog),
          ingest: await call("POST", "/v1/ingest/measurements", { measurements: [] }),
          pulse: await call("POST", "/v1/pulses", { touchpoint: "overall", score: 1 }),
          webhook: await call("POST", "/v1/admin/webhooks", { url: "https://crm.example.com/" }),
        };
      },
      { token },
    );
    expect(statuses).toEqual({ read: 200, catalog: 403, ingest: 403, pulse: 401, webhook: 403 });
  });
});

describe("the console's own page at /console/ (goalpost-mock)", () => {
  let mock: MockBackend;
  beforeAll(async () => {
    mock = await startMockBackend();
  });
  afterAll(() => mock?.stop());

  it("signs in from the link's fragment, takes it out of the address bar, keeps it on reload", async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1440, height: 900 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const token = await signConsoleToken({ sub: "dana", name: "Dana Whit" }, "demo-admin-key");
    await page.goto(`${mock.url}/console#token=${token}`); // the redirect to /console/ keeps it
    await page.getByRole("main").getByRole("table").locator("tbody tr").first().waitFor();
    expect(page.url()).toBe(`${mock.url}/console/`);
    expect(await page.getByRole("banner").textContent()).toContain("Signed in as Dana Whit");
    await page.reload();
    await page.getByRole("main").getByRole("table").locator("tbody tr").first().waitFor();
  });

  it("lists the webhook endpoints an admin made, and passes axe with them", async () => {
    const admin = { authorization: "Bearer demo-admin-key", "content-type": "application/json" };
    const body = {
      url: "http://127.0.0.1:9/crm",
      description: "E2E CRM",
      eventTypes: ["goal.missed"],
    };
    const made = await fetch(`${mock.url}/v1/admin/webhooks`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify(body),
    });
    const { id } = (await made.json()) as { id: string };
    onTestFinished(async () => {
      await fetch(`${mock.url}/v1/admin/webhooks/${id}`, { method: "DELETE", headers: admin });
    });
    const context = await demo.browser.newContext({ bypassCSP: true }); // to run axe on it
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const token = await signConsoleToken({ sub: "dana", name: "Dana" }, "demo-admin-key");
    await page.goto(`${mock.url}/console/#token=${token}`);
    const row = page
      .getByRole("table", { name: "Webhook endpoints and their deliveries" })
      .getByRole("row", { name: /E2E CRM/ });
    await row.waitFor();
    expect((await row.getByRole("cell").allTextContents()).slice(0, 2)).toEqual([
      "Enabled",
      "goal.missed",
    ]);
    await expectAxeClean(page);
  });

  it("a share link opens the report without a token, no script; revoked or expired, it stops", async () => {
    const admin = { authorization: "Bearer demo-admin-key", "content-type": "application/json" };
    const made = (await (
      await fetch(`${mock.url}/v1/admin/accounts/globex/share-links`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ days: 3 }),
      })
    ).json()) as { id: string; path: string; expiresAt: string };
    const context = await demo.browser.newContext({ bypassCSP: true }); // to run axe on it
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const opened = await page.goto(`${mock.url}${made.path}`);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()["content-security-policy"]).toMatch(/^default-src 'none'/);
    await page.getByRole("heading", { name: "Results of globex", level: 1 }).waitFor();
    expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toContain(
      "VP of Marketing",
    );
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    await expectAxeClean(page);

    // Three days and a minute later the page says it expired (the mock's clock, moved on).
    const later = new Date(Date.parse(made.expiresAt) + 60_000).toISOString();
    await fetch(`${mock.url}/__mock/scenario`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({ fixedNow: later }),
    });
    try {
      expect((await page.reload())?.status()).toBe(410);
      await page.getByRole("heading", { name: "This link has expired." }).waitFor();
    } finally {
      await fetch(`${mock.url}/__mock/scenario`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ fixedNow: null }),
      });
    }
    expect((await page.reload())?.status()).toBe(200);
    await fetch(`${mock.url}/v1/admin/share-links/${made.id}`, {
      method: "DELETE",
      headers: admin,
    });
    expect((await page.reload())?.status()).toBe(410);
    await page.getByRole("heading", { name: "This link was revoked." }).waitFor();
    expect(await page.getByText("VP of Marketing").count()).toBe(0);
  });

  it("an expired link says so and how to get a new one", async () => {
    const context = await demo.browser.newContext();
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const exp = Math.floor(Date.now() / 1000) - 60;
    const token = await signConsoleToken({ sub: "dana", name: "Dana", exp }, "demo-admin-key");
    await page.goto(`${mock.url}/console/#token=${token}`);
    const alert = page.getByRole("alert");
    await expect
      .poll(() => alert.textContent())
      .toContain("Your console link is not valid any more.");
    expect(await alert.textContent()).toContain("the token has expired");
    expect(await alert.textContent()).toContain("goalpost-server console-link");
  });
});
