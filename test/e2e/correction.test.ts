// A correction in the demo, as Sam Okafor (Acme's SDR) makes one: log an entry that reaches his
// goal, correct it below the target so the goal opens again (the open correction kept across a
// reload, axe-clean in light and dark), leave another correction with Escape, delete an entry
// after the confirmation, and change the baseline. What the API holds is checked after each.
// Needs `pnpm build` first (the built demo and widget).
import type { Page } from "playwright-core";
import { expect, it, onTestFinished } from "vitest";
import {
  callApi,
  cardOf,
  figuresOf,
  launcherOf,
  openDemo,
  panelOf,
  widgetReady,
} from "./support/demoPage.ts";
import { focused } from "./support/keyboardFocus.ts";
import { numberIn } from "./support/roleFlow.ts";
import { formatViolations, runAxe } from "./support/runAxe.ts";
import { useDemo } from "./support/useDemo.ts";

const demo = useDemo();
const metric = "Meetings booked per week";

interface Session {
  agreements: { id: string; metricId: string; baseline?: { value: number; at: string } }[];
  goals: { agreementId: string; status: string; startAt: string }[];
}
interface Page_ {
  items: { id: string; value: number }[];
}

/** What the live region said last. */
const said = (page: Page) =>
  page.locator("[data-goalpost-widget] .gp-sr-only[aria-live]").textContent();

/** axe over the widget, its open correction included. */
async function expectAxeClean(page: Page) {
  const { violations, passedNodes } = await runAxe(page);
  expect(formatViolations(violations)).toBe("");
  expect(passedNodes).toBeGreaterThan(20);
}

it("corrects an entry so a reached goal reopens, deletes one and changes the baseline", async () => {
  const { context, page, errors } = await openDemo(demo.browser, demo.site, "sam.okafor", {
    bypassCSP: true, // for axe; the CSP itself is tested in csp.test.ts
  });
  onTestFinished(() => context.close());
  const session = () => callApi<Session>(page, "GET", "/v1/session");
  const agreement = (await session()).agreements.find((a) => a.metricId === "meetings-booked");
  if (!agreement) throw new Error("Sam has no meetings-booked agreement");
  const lastGoal = async () =>
    (await session()).goals
      .filter((g) => g.agreementId === agreement.id)
      .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt))
      .at(-1)?.status;
  const entries = async () =>
    (await callApi<Page_>(page, "GET", `/v1/agreements/${agreement.id}/measurements`)).items;
  const panel = panelOf(page);
  const heading = panel.getByRole("heading", { name: `Log progress: ${metric}` });

  // An entry that reaches the goal.
  await launcherOf(page).click();
  const card = cardOf(page, metric);
  const target = numberIn((await figuresOf(card)).Target);
  await card.getByRole("button", { name: "Log progress" }).click();
  await heading.waitFor();
  await panel.getByRole("textbox", { name: new RegExp(`^${metric}`) }).fill(String(target));
  await panel.getByRole("button", { name: "Save", exact: true }).click();
  await card.getByText("Goal reached!").waitFor();
  expect(await lastGoal()).toBe("achieved");

  // The card offers no logging now: its entries lead to where they are corrected.
  await card.locator("summary").click();
  await card.getByRole("button", { name: "Correct an entry" }).click();
  await heading.waitFor();
  const list = panel.locator(".gp-history li");
  const newest = list.first();
  expect(await newest.textContent()).toMatch(new RegExp(`^${target} meetings`));
  await newest.getByRole("button", { name: "Edit" }).click();
  const form = panel.getByRole("group", { name: new RegExp(`^Correct ${target} meetings`) });
  const field = form.getByRole("textbox", { name: new RegExp(`^${metric}`) });
  await expect.poll(async () => (await focused(page)).value).toBe(String(target));
  await field.fill(String(target - 1));

  // Kept across a reload: the panel opens on the same screen with the correction as typed.
  await page.reload();
  await widgetReady(page);
  await launcherOf(page).click();
  await heading.waitFor();
  expect(await field.inputValue()).toBe(String(target - 1));

  // The open correction passes axe in light and in dark.
  await expectAxeClean(page);
  await page.getByRole("button", { name: "Dark mode" }).click();
  await expect
    .poll(() => page.locator("[data-goalpost-widget]").getAttribute("data-goalpost-theme"))
    .toBe("dark");
  await expectAxeClean(page);

  await panel.getByRole("button", { name: "Save correction" }).click();
  await expect
    .poll(() => said(page))
    .toBe(`Entry corrected. Your goal for ${metric} is in progress again.`);
  expect((await focused(page)).name).toBe("Edit");
  expect((await entries())[0]?.value).toBe(target - 1);
  expect(await lastGoal()).toBe("active");

  // Escape leaves a correction as it was, and the panel open.
  const second = list.nth(1);
  const kept = await second.textContent();
  await second.getByRole("button", { name: "Edit" }).click();
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Escape");
  expect(await panel.isVisible()).toBe(true);
  expect(await second.textContent()).toBe(kept);
  expect((await focused(page)).name).toBe("Edit");

  // Deleted after the confirmation; focus stays on the list.
  const before = await entries();
  await second.getByRole("button", { name: "Delete", exact: true }).click();
  await expect.poll(async () => (await focused(page)).name).toBe("Delete entry");
  await page.keyboard.press("Enter");
  await expect.poll(() => said(page)).toBe("Entry deleted");
  expect((await focused(page)).tag).toBe("summary");
  const after = await entries();
  expect(after.map((m) => m.id)).not.toContain(before[1]?.id);
  expect(after.map((m) => m.id)).toContain(before[0]?.id);

  // The baseline, corrected from the same screen.
  await panel.getByRole("button", { name: "Change baseline" }).click();
  await panel.getByRole("textbox", { name: "Baseline meetings" }).fill("3");
  await panel.getByRole("button", { name: "Save baseline" }).click();
  await expect.poll(() => said(page)).toBe("Baseline changed");
  const baseline = (await session()).agreements.find((a) => a.id === agreement.id)?.baseline;
  expect(baseline?.value).toBe(3);
  expect(Date.parse(baseline?.at ?? "")).toBe(Date.parse(agreement.baseline?.at ?? ""));

  await panel.getByRole("button", { name: "Back" }).click();
  expect(await figuresOf(card)).toMatchObject({ Baseline: "3 meetings" });
  await card.getByRole("button", { name: "Log progress" }).waitFor(); // the goal is open again
  expect(await card.getByText("Goal reached!").count()).toBe(0);
  expect(errors).toEqual([]);
});
