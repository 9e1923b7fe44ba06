import type { UsageTotal } from "@goalpost/backend";
import {
  type AccountResultsData,
  type ResultsState,
  type RevenueEvent,
  resultsStateAt,
  usagePeriods,
} from "@goalpost/core/admin";
import { createRandom } from "./createRandom.ts";
import type { DemoData } from "./DemoData.ts";
import { demoMetrics } from "./demoMetrics.ts";

const dayMs = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The story the demo's company results tell, by an account's customer results at its renewal's
 * index date: how likely it renews, and how its usage moved in a year. It is made up, as demo
 * data: accounts with results renew more and use more.
 */
const story: Readonly<Record<ResultsState, { renews: number; usage: number }>> = {
  "no-measures": { renews: 0.7, usage: 0.86 },
  measuring: { renews: 0.79, usage: 0.97 },
  gain: { renews: 0.88, usage: 1.08 },
  "goal-achieved": { renews: 0.95, usage: 1.2 },
};

/** Revenue and daily usage for the demo (event ids `demo-rev-…`). */
export interface CompanyData {
  revenue: RevenueEvent[];
  usage: UsageTotal[];
}

/**
 * Revenue and usage for every account of `data`: a contract started a year before a renewal in
 * the last 10–100 days, renewed (up or down) or churned with the likelihood of the account's
 * customer results 90 days before the renewal (read with `resultsStateAt` from its seeded
 * history); and daily usage of identified visitors over the two usage periods (the last 3 full
 * months and the same months a year before), moving with those results, none after a churn.
 * Deterministic: the same data and `now` give the same figures.
 */
export function seedCompanyData(data: DemoData, now: Date): CompanyData {
  const random = createRandom(`company/${data.accounts.length}`);
  const revenue: RevenueEvent[] = [];
  const usage: UsageTotal[] = [];
  const today = now.getTime();
  const { base, current } = usagePeriods(dayOf(today), "yoy");
  const days = (range: { from: string; to: string }) => {
    const list: number[] = [];
    for (let t = Date.parse(range.from); t <= Date.parse(range.to); t += dayMs) list.push(t);
    return list;
  };
  const periods = [days(base), days(current)] as const;

  for (const { id: accountId } of data.accounts) {
    const agreements = data.agreements.filter((a) => a.accountId === accountId);
    const ids = new Set(agreements.map((a) => a.id));
    const results: AccountResultsData = {
      agreements,
      goals: data.goals.filter((g) => ids.has(g.agreementId)),
      measurements: data.measurements.filter((m) => ids.has(m.agreementId)),
      metrics: demoMetrics,
    };
    const renewal = today - (10 + Math.floor(random() * 90)) * dayMs;
    const state = resultsStateAt(results, new Date(renewal - 90 * dayMs).toISOString());
    const { renews, usage: trend } = story[state];
    const arr = 5_000 * (1 + Math.floor(random() * 16));
    const event = (type: RevenueEvent["type"], at: number, amount: number, extra = {}) =>
      revenue.push({
        id: `demo-rev-${accountId}-${type}`,
        accountId,
        type,
        day: dayOf(at),
        arr: amount,
        currency: "USD",
        ...extra,
      });
    event("start", renewal - 365 * dayMs, arr);
    const renewed = random() < renews;
    const renewedArr = Math.round(arr * (0.85 + random() * 0.4) * trend);
    if (!renewed) event("renewal", renewal, 0, { outcome: "churned" });
    else {
      event("renewal", renewal, renewedArr, {
        outcome: renewedArr < arr ? "downgraded" : "renewed",
      });
    }
    const level = arr / 150;
    const churnedAt = renewed ? Number.POSITIVE_INFINITY : renewal;
    periods.forEach((list, i) => {
      const factor = i === 0 ? 1 : trend;
      for (const t of list) {
        if (t >= churnedAt || random() < 0.04) continue; // now and then a day without usage
        const quantity = Math.round(level * factor * (0.7 + random() * 0.6));
        usage.push({
          usageMetricId: "identified-visitors",
          version: 1,
          accountId,
          day: dayOf(t),
          quantity,
        });
      }
    });
  }
  return { revenue, usage };
}
