import type { AccountResultsData, RevenueEvent } from "@goalpost/core/admin";
import { describe, expect, it } from "vitest";
import type { UsageTotal } from "./companyData.ts";
import {
  companyPeriods,
  companyResults,
  renewalsIn,
  retentionPeriod,
  retentionResults,
  usageSumsOf,
} from "./companyResults.ts";

let seq = 0;
const ev = (
  accountId: string,
  type: RevenueEvent["type"],
  day: string,
  arr: number,
  extra: Partial<RevenueEvent> = {},
): RevenueEvent => ({ id: `r-${++seq}`, accountId, type, day, arr, currency: "USD", ...extra });

// A and B paid before 2025; B churned; A renewed up; C arrived during the year.
const revenue = [
  ev("a", "start", "2024-06-01", 1000),
  ev("b", "start", "2024-03-01", 500),
  ev("b", "churn", "2025-05-10", 0, { voluntary: true }),
  ev("a", "renewal", "2025-06-01", 1200, { outcome: "renewed" }),
  ev("c", "start", "2025-03-01", 800),
];
const use = (accountId: string, day: string, quantity: number): UsageTotal => ({
  usageMetricId: "visitors",
  version: 2,
  accountId,
  day,
  quantity,
});
const usage = [
  use("a", "2024-10-05", 100),
  use("b", "2024-11-01", 50),
  use("a", "2025-10-05", 150),
  use("c", "2025-11-01", 30),
  // Another version's usage is never compared with this one's.
  { ...use("b", "2025-11-01", 10_000), version: 1 },
];
const usageMetrics = [{ id: "visitors", name: "Visitors", unit: "visitors", version: 2 }];
const now = new Date("2026-01-15T12:00:00Z");

describe("companyPeriods", () => {
  it("reads the 12 full months before asOf's month, and the usage periods", () => {
    const periods = companyPeriods({ asOf: "2026-01-15" }, now);
    expect(periods.revenue).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(periods.usage.current).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(periods.usage.base).toEqual({ from: "2024-10-01", to: "2024-12-31" });
    expect([periods.usageFrom, periods.usageTo]).toEqual(["2024-10-01", "2025-12-31"]);
    expect(companyPeriods({}, now).asOf).toBe("2026-01-15");
  });
});

describe("companyResults", () => {
  const sums = usageSumsOf(usage, usageMetrics, revenue, companyPeriods({}, now).usage);
  const results = companyResults({ revenue, usage: sums, usageMetrics, query: {}, now });

  it("counts the churned account at zero and the new one apart: NRR 0.8, GRR 2/3", () => {
    expect(results.revenue).toEqual({
      period: { from: "2025-01-01", to: "2025-12-31" },
      currency: "USD",
      cohort: 2,
      startArr: 1500,
      endArr: 1200,
      nrr: 0.8,
      grr: 1000 / 1500,
      logoChurn: { churned: 1, rate: 0.5 },
      newAccounts: { count: 1, endArr: 800 },
    });
  });

  it("gives each usage metric's NUR in its current version, new accounts apart", () => {
    const [visitors] = results.usage;
    expect(visitors).toMatchObject({
      usageMetricId: "visitors",
      version: 2,
      cohort: 2,
      baseUsage: 150,
      currentUsage: 150,
      nur: 1,
      grossUsageRetention: 100 / 150,
      newAccounts: { count: 1, usage: 30 },
      incomplete: true,
      noisy: false,
    });
  });
});

describe("retentionResults", () => {
  const agreement = {
    id: "agr-a",
    accountId: "a",
    roleId: "sdr",
    metricId: "meetings",
    status: "agreed",
    proposedBy: "customer",
    agreedAt: "2025-01-10T00:00:00.000Z",
    baseline: { value: 4, at: "2025-01-10T00:00:00.000Z", source: "self" },
  } as unknown as AccountResultsData["agreements"][number];
  const accounts = new Map<string, AccountResultsData>([
    ["a", { agreements: [agreement], goals: [], measurements: [], metrics: [] }],
  ]);

  it("takes the renewals of the period with the ARR either side", () => {
    expect(renewalsIn(revenue, { from: "2025-01-01", to: "2025-12-31" })).toEqual([
      {
        accountId: "a",
        renewalAt: "2025-06-01T00:00:00.000Z",
        renewed: true,
        arrBefore: 1000,
        arrAfter: 1200,
      },
    ]);
  });

  it("reads each account at the index date, overall and by role, seeded", () => {
    const { usage: periods } = retentionPeriod({ to: "2025-12-31" }, now);
    const retentionSums = usageSumsOf(usage, usageMetrics, revenue, periods);
    const report = retentionResults({
      revenue,
      accounts,
      usage: retentionSums,
      usageMetrics,
      query: { from: "2025-01-01", to: "2025-12-31" },
      now,
    });
    const measuring = report.groups.find((g) => g.state === "measuring");
    expect(measuring).toMatchObject({ accounts: 1, renewals: 1, renewed: 1, directional: true });
    expect(report.groups.find((g) => g.state === "no-measures")?.renewals).toBe(0);
    expect(report.byRole.map((r) => r.roleId)).toEqual(["sdr"]);
    expect(report.bootstrap).toEqual({ seed: 1, resamples: 2000 });
    // NUR of the group's accounts: a used 100 in Sep–Nov 2024 and 150 in Sep–Nov 2025.
    expect(report.usageByGroup.find((g) => g.state === "measuring")?.usage).toEqual([
      { usageMetricId: "visitors", cohort: 1, nur: 1.5, incomplete: true },
    ]);
    expect(report.usageByGroup.find((g) => g.state === "gain")?.usage[0]?.cohort).toBe(0);
    // One renewal, and its account has no gain to read: no fifths.
    expect(report.doseResponse).toEqual({ quintiles: [], withoutGain: 1 });
    expect(report.caveat).toMatch(/association, not a cause/);
    // Read 200 days before the renewal, the agreement was not in place yet.
    const earlier = retentionResults({
      revenue,
      accounts,
      usage: retentionSums,
      usageMetrics,
      query: { from: "2025-01-01", to: "2025-12-31", indexDays: 200 },
      now,
    });
    expect(earlier.groups.find((g) => g.state === "no-measures")?.renewals).toBe(1);
  });
});
