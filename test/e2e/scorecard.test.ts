// The demo's vendor scorecard shows what a user just did in the widget: Nadia Haddad (Initech's
// digital marketer, first run) agrees "Campaign setup time", records a baseline, reaches her first
// goal and sets the next; the scorecard's KPIs and Initech's account report change by exactly
// that, computed from the KPIs before and the values she entered. Needs `pnpm build` first.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it, onTestFinished } from "vitest";
import { callApi, openDemo } from "./support/demoPage.ts";
import { byMouse } from "./support/flowDrivers.ts";
import { walkFirstRun } from "./support/roleFlow.ts";
import { roleJourneys } from "./support/roleJourneys.ts";
import { useDemo } from "./support/useDemo.ts";

const demo = useDemo();

type Gain = { absolute: number; relative: number | null };
type RoleKpis = {
  roleId: string;
  accounts: number;
  accountsWithMeasures: number;
  gainRate: number;
  roleInstances: number;
  metrics: { metricId: string; agreements: number; avgGain: Gain | null }[];
};

/** The KPIs of one role for the scorecard's default period (the API's default: 90 days). */
async function kpisOf(page: Page, roleId: string): Promise<RoleKpis> {
  const report = await callApi<{ roles: RoleKpis[] }>(page, "GET", "/v1/admin/kpis", {
    admin: true,
  });
  const role = report.roles.find((r) => r.roleId === roleId);
  if (!role) throw new Error(`no KPIs for ${roleId}`);
  return role;
}

// The scorecard's formats, as a person reads them (examples/demo/src/scorecard/format.ts).
const rate = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 });
const hours = new Intl.NumberFormat("en", {
  style: "unit",
  unit: "hour",
  unitDisplay: "long",
  maximumFractionDigits: 1,
});
const relative = new Intl.NumberFormat("en", {
  style: "percent",
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});
const hoursChange = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : ""}${hours.format(Math.abs(n))}`;
const date = (iso: string) =>
  new Intl.DateTimeFormat("en", { dateStyle: "medium" }).format(new Date(iso));

/** A role card's figures: term → the texts of its value and hint. */
const figures = (card: Locator) =>
  card.evaluate((article) => {
    const found: Record<string, string[]> = {};
    for (const term of article.querySelectorAll("dt")) {
      const value = term.nextElementSibling;
      found[term.textContent ?? ""] = Array.from(value?.children ?? [], (c) => c.textContent ?? "");
    }
    return found;
  });

/** The cells of a table row named by its header cell. */
const cells = (scope: Locator, rowName: string) =>
  scope.getByRole("row", { name: rowName }).getByRole("cell").allTextContents();

describe("the vendor scorecard after a user's first run", () => {
  it("counts her measure in place, her gain and her reached goal", async () => {
    const journey = roleJourneys.find((j) => j.user === "nadia.haddad");
    if (!journey) throw new Error("no journey for nadia.haddad");
    const { context, page, errors } = await openDemo(demo.browser, demo.site, journey.user);
    onTestFinished(() => context.close());
    const before = await kpisOf(page, journey.roleId);
    const metricBefore = before.metrics.find((m) => m.metricId === journey.metricId);
    // Every measure of the metric in place is measured in the period (the seed's Acme one is),
    // so the average after is the mean of those and Nadia's.
    expect(metricBefore?.avgGain).not.toBeNull();

    const { first, next } = await walkFirstRun(page, byMouse, journey);
    const baseline = Number(journey.baseline);
    const gain = baseline - first; // fewer hours is better
    expect(gain).toBeGreaterThan(0);

    await page.getByRole("link", { name: "Vendor scorecard" }).click();
    const card = page.getByRole("article", { name: "Digital marketer" });
    await card.waitFor();

    const measures = before.accountsWithMeasures + 1; // Initech had none
    const withGain = Math.round(before.gainRate * before.accountsWithMeasures) + 1;
    expect(await figures(card)).toMatchObject({
      "Measures in place": [
        rate.format(measures / before.accounts),
        `${measures} of ${before.accounts} accounts`,
      ],
      "With a gain": [rate.format(withGain / measures), "of role instances measuring"],
      "Role instances": [String(before.roleInstances), "account × role"],
    });

    const k = metricBefore?.agreements ?? 0;
    const avg = ((metricBefore?.avgGain?.absolute ?? 0) * k + gain) / (k + 1);
    const avgRelative = ((metricBefore?.avgGain?.relative ?? 0) * k + gain / baseline) / (k + 1);
    expect(await cells(card, journey.metric)).toEqual([
      String(k + 1),
      hoursChange(avg),
      relative.format(avgRelative),
    ]);

    // Initech's account report (it opens on the signed-in user's account): her row.
    const report = page.getByRole("region", { name: "Digital marketer at Initech" });
    const account = await callApi<{
      roles: { roleId: string; metrics: { activeGoal?: { dueAt: string } }[] }[];
    }>(page, "GET", `/v1/admin/accounts/${journey.account}/report`, { admin: true });
    const dueAt = account.roles.find((r) => r.roleId === journey.roleId)?.metrics[0]?.activeGoal
      ?.dueAt;
    expect(await cells(report, journey.metric)).toEqual([
      "agreed",
      hours.format(baseline),
      hours.format(first),
      `${hoursChange(gain)} (${relative.format(gain / baseline)})`,
      `${hours.format(next)} by ${date(dueAt ?? "")}`,
      "1 achieved · 0 missed · 0 abandoned",
    ]);
    expect(errors).toEqual([]);
  });
});
