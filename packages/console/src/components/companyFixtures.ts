import type { CompanyResults, RetentionResults } from "@goalpost/core/admin";

/** Company results as the API answers them, for the console's tests. */
export const companyFixture: CompanyResults = {
  asOf: "2026-12-04",
  revenue: {
    period: { from: "2025-12-01", to: "2026-11-30" },
    currency: "USD",
    cohort: 40,
    startArr: 1_000_000,
    endArr: 1_050_000,
    nrr: 1.05,
    grr: 0.91,
    logoChurn: { churned: 6, rate: 0.15 },
    newAccounts: { count: 3, endArr: 45_000 },
  },
  usage: [
    {
      usageMetricId: "identified-visitors",
      version: 1,
      base: { from: "2025-09-01", to: "2025-11-30" },
      current: { from: "2026-09-01", to: "2026-11-30" },
      cohort: 38,
      baseUsage: 9000,
      currentUsage: 9900,
      nur: 1.1,
      grossUsageRetention: 0.93,
      logoUsageRetention: 0.9,
      medianRatio: 1.02,
      largest: { accountId: "acme", shareOfBase: 0.12, nurWithout: 1.08 },
      newAccounts: { count: 2, usage: 300 },
      reactivated: { count: 0, usage: 0 },
      missingDays: { base: 0, current: 2 },
      incomplete: true,
      noisy: false,
    },
  ],
};

const group = (
  state: RetentionResults["groups"][number]["state"],
  renewals: number,
  renewed: number,
) => ({
  state,
  accounts: renewals,
  renewals,
  renewed,
  renewalRate: {
    estimate: renewed / renewals,
    low: renewed / renewals - 0.1,
    high: Math.min(1, renewed / renewals + 0.08),
  },
  nrr: { estimate: 1, low: 0.9, high: 1.1 },
  grr: { estimate: 0.9, low: 0.85, high: 0.95 },
  directional: renewals < 20,
  ...(state === "no-measures"
    ? {}
    : { versusNoMeasures: { difference: { estimate: 0.18, low: 0.02, high: 0.31 }, p: 0.0213 } }),
});

export const retentionFixture: RetentionResults = {
  period: { from: "2025-12-05", to: "2026-12-04" },
  indexDays: 90,
  groups: [
    group("no-measures", 50, 35),
    group("measuring", 30, 24),
    group("gain", 28, 25),
    group("goal-achieved", 9, 9),
  ],
  usageByGroup: [],
  doseResponse: { quintiles: [], withoutGain: 117 },
  byRole: [],
  comparisons: [
    'renewal rate of "gain" against "no-measures" (Newcombe interval, Fisher\'s exact test)',
  ],
  caveat: "This is an association, not a cause.",
  bootstrap: { seed: 1, resamples: 2000 },
};
