// Offline, then online, through the widget in the demo app: entries logged while the browser is
// offline wait in the outbox (shown as waiting to send), and each arrives exactly once when it is
// back online — also when the tab was closed while offline and the demo opened again online.
//
// How "offline" reaches the SDK here: Playwright's setOffline makes `navigator.onLine` false and
// fires `offline`/`online`, which the widget's connectivity follows. The demo's API is a mock in
// the page behind its service worker, which still answers while the browser is offline, so the
// mock's own `offline` scenario (its control route) makes every API call fail as the network
// would. Needs `pnpm build` first.
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFinished } from "vitest";
import {
  callApi,
  cardOf,
  type DemoPage,
  launcherOf,
  openDemo,
  panelOf,
  widgetReady,
} from "./support/demoPage.ts";
import { useDemo } from "./support/useDemo.ts";

const served = useDemo();

const metric = "Campaign setup time";

type Measurement = { id: string; value: number; note?: string };

/** Every measurement of Ana's campaign-setup agreement, read through the API with her token. */
async function storedMeasurements(page: Page): Promise<Measurement[]> {
  const session = await callApi<{ agreements: { id: string; metricId: string }[] }>(
    page,
    "GET",
    "/v1/session",
  );
  const agreement = session.agreements.find((a) => a.metricId === "campaign-setup-hours");
  const list = await callApi<{ items: Measurement[]; nextCursor?: string }>(
    page,
    "GET",
    `/v1/agreements/${agreement?.id}/measurements?limit=200`,
  );
  expect(list.nextCursor).toBeUndefined(); // one page holds them all
  return list.items;
}

/** Browser offline, and the mock API unreachable, or both back (the API first). */
async function setOffline({ context, page }: DemoPage, offline: boolean) {
  if (offline) await context.setOffline(true);
  const body = { offline };
  await callApi(page, "POST", "/__mock/scenario", { admin: true, body });
  if (!offline) await context.setOffline(false);
}

/** Logs one entry with a note through the widget's "Log progress" screen, by mouse. */
async function logEntry(page: Page, value: number, note: string) {
  const panel = panelOf(page);
  await cardOf(page, metric).getByRole("button", { name: "Log progress", exact: true }).click();
  await panel.getByRole("heading", { name: `Log progress: ${metric}` }).waitFor();
  await panel.getByRole("textbox", { name: metric }).fill(String(value));
  await panel.getByRole("textbox", { name: "Note (optional)" }).fill(note);
  await panel.getByRole("button", { name: "Save", exact: true }).click();
  await panel.getByRole("heading", { name: "Your metrics" }).waitFor();
}

/** Opens the demo as Ana, opens the panel, and logs `count` entries while offline. */
async function logOffline(count: number) {
  const demo = await openDemo(served.browser, served.site, "ana.torres");
  onTestFinished(() => demo.context.close());
  const { page } = demo;
  const before = await storedMeasurements(page);
  await launcherOf(page).click();
  const panel = panelOf(page);

  await setOffline(demo, true);
  expect(await page.evaluate("navigator.onLine")).toBe(false);
  const run = `${Date.now().toString(36)}`;
  const notes = Array.from({ length: count }, (_, i) => `offline entry ${i + 1} (${run})`);
  for (const [i, note] of notes.entries()) {
    await logEntry(page, 20 + i, note);
    await panel.getByText(`${i + 1} waiting to send`).waitFor();
  }
  // Each waits in the card's history, marked as not sent yet.
  await cardOf(page, metric).getByText("All entries").click();
  expect(
    await cardOf(page, metric)
      .getByText(/waiting to send/)
      .count(),
  ).toBeGreaterThanOrEqual(count);
  return { demo, before, notes };
}

/** The notes among `measurements`, with how often each arrived. */
const arrivals = (measurements: Measurement[], notes: string[]) =>
  Object.fromEntries(
    notes.map((note) => [note, measurements.filter((m) => m.note === note).length]),
  );

/**
 * Once the page is back online: every note arrives on the server exactly once, nothing else
 * was added since `before`, and the widget shows nothing waiting or refused.
 */
async function expectEachArrivedOnce(page: Page, before: Measurement[], notes: string[]) {
  await expect
    .poll(async () => arrivals(await storedMeasurements(page), notes), { timeout: 15_000 })
    .toEqual(Object.fromEntries(notes.map((n) => [n, 1])));
  expect(await storedMeasurements(page)).toHaveLength(before.length + notes.length);
  await launcherOf(page).click();
  await panelOf(page).getByRole("heading", { name: "Your metrics" }).waitFor();
  expect(
    await panelOf(page)
      .getByText(/waiting to send|refused/)
      .count(),
  ).toBe(0);
}

describe("offline, then online, in the demo", () => {
  it("keeps entries logged offline and sends each exactly once when back online", async () => {
    const { demo, before, notes } = await logOffline(3);
    const { page, errors } = demo;

    await setOffline(demo, false);
    await expect
      .poll(
        () =>
          panelOf(page)
            .getByText(/waiting to send/)
            .count(),
        { timeout: 15_000 },
      )
      .toBe(0);
    const after = await storedMeasurements(page);
    expect(arrivals(after, notes)).toEqual(Object.fromEntries(notes.map((n) => [n, 1])));
    expect(after.length).toBe(before.length + notes.length);
    expect(new Set(after.map((m) => m.id)).size).toBe(after.length);

    // A reload sends nothing again: the outbox is empty, the server holds each entry once.
    await page.reload();
    await widgetReady(page);
    expect(await storedMeasurements(page)).toHaveLength(after.length);
    expect(errors).toEqual([]);
  });

  it("sends entries logged offline exactly once after a reload that failed offline", async () => {
    const { demo, before, notes } = await logOffline(2);
    const { context, page } = demo;

    // Reloading offline fails (nothing caches the page). While it fails, the leaving page may
    // still try a delivery that something other than the API answers; the entries must stay.
    await page.reload().catch(() => {});
    await context.setOffline(false);
    await page.goto(served.site.url);
    await widgetReady(page);
    await expectEachArrivedOnce(page, before, notes);
  });

  it("sends entries logged offline exactly once when the demo is opened again, online", async () => {
    const { demo, before, notes } = await logOffline(2);
    const { context } = demo;

    // The tab is closed while offline (a reload cannot load the page offline: nothing caches
    // it); the entries wait in localStorage. Back online, a new tab opens the demo.
    await demo.page.close();
    await context.setOffline(false);
    const page = await context.newPage();
    await page.goto(served.site.url);
    await widgetReady(page);
    await expectEachArrivedOnce(page, before, notes);
  });
});
