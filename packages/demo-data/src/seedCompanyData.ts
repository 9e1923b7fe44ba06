import type { UsageTotal } from "@goalpost/backend";
import { type RevenueEvent, usagePeriods } from "@goalpost/core/admin";
import type { Agreement, Goal, Measurement } from "@goalpost/core/contract";
import { createRandom } from "./createRandom.ts";
import type { DemoData } from "./DemoData.ts";

const dayMs = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The customer results a synthetic account has at its renewal's index date. */
type Profile = "no-measures" | "measuring" | "gain" | "goal-achieved";

/**
 * The story the demo's company results tell, per profile: the share of accounts, how likely
 * each renews, and how its usage moved in a year. Accounts with results renew more and use more;
 * those that reached a goal are few, so their group is marked directional.
 */
const profiles: readonly { profile: Profile; share: number; renews: number; usage: number }[] = [
  { profile: "no-measures", share: 0.4, renews: 0.7, usage: 0.86 },
  { profile: "measuring", share: 0.27, renews: 0.79, usage: 0.97 },
  { profile: "gain", share: 0.25, renews: 0.88, usage: 1.08 },
  { profile: "goal-achieved", share: 0.08, renews: 0.95, usage: 1.2 },
];

/** Revenue and daily usage for the demo, labelled as such by the `demo-` ids. */
export interface CompanyData {
  revenue: RevenueEvent[];
  usage: UsageTotal[];
}

/**
 * `count` synthetic customer accounts (`demo-co-<n>`, an SDR each) with what the company-results
 * reports read: a contract started a year before a renewal in the last 11 months, renewed (up or
 * down) or churned; the account's customer results at the renewal's index date (90 days before:
 * no measures; a weekly "meetings booked" without gain; with a gain; a goal reached); and daily
 * usage of identified visitors over the two usage periods (the last 3 full months and the same
 * months a year before). The demo accounts get revenue and usage too. Deterministic: the same
 * `now` and `count` give the same data.
 */
export function seedCompanyData(data: DemoData, now: Date, count: number): CompanyData {
  const random = createRandom(`company/${count}`);
  const revenue: RevenueEvent[] = [];
  const usage: UsageTotal[] = [];
  const today = now.getTime();
  const ago = (days: number) => today - days * dayMs;
  const { base, current } = usagePeriods(dayOf(today), "yoy");
  const days = (range: { from: string; to: string }) => {
    const list: number[] = [];
    for (let t = Date.parse(range.from); t <= Date.parse(range.to); t += dayMs) list.push(t);
    return list;
  };
  const baseDays = days(base);
  const currentDays = days(current);

  const book = (accountId: string, profile: Profile, renewalAgo: number, arr: number) => {
    const shape = profiles.find((p) => p.profile === profile) ?? profiles[0];
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
    event("start", ago(renewalAgo + 365), arr);
    const renewed = random() < (shape?.renews ?? 0.7);
    const renewedArr = Math.round(arr * (0.85 + random() * 0.4) * (shape?.usage ?? 1));
    const down = renewedArr < arr;
    if (renewed)
      event("renewal", ago(renewalAgo), renewedArr, { outcome: down ? "downgraded" : "renewed" });
    else event("renewal", ago(renewalAgo), 0, { outcome: "churned" });
    const level = arr / 150;
    const churnedAt = renewed ? Number.POSITIVE_INFINITY : ago(renewalAgo);
    for (const [list, factor] of [
      [baseDays, 1],
      [currentDays, shape?.usage ?? 1],
    ] as const) {
      for (const t of list) {
        if (t >= churnedAt || random() < 0.04) continue; // a day without usage now and then
        const quantity = Math.round(level * factor * (0.7 + random() * 0.6));
        usage.push({
          usageMetricId: "identified-visitors",
          version: 1,
          accountId,
          day: dayOf(t),
          quantity,
        });
      }
    }
  };

  // The demo accounts: renewals a few months back, read as their seeded history has them.
  book("acme", "goal-achieved", 40, 48_000);
  book("globex", "gain", 75, 36_000);
  book("initech", "measuring", 120, 24_000);

  let n = 0;
  for (const { profile, share } of profiles) {
    const accounts = Math.round(share * count);
    for (let i = 0; i < accounts && n < count; i++) {
      n++;
      const accountId = `demo-co-${String(n).padStart(3, "0")}`;
      const renewalAgo = 10 + Math.floor(random() * 320);
      const index = ago(renewalAgo + 90);
      addCustomer(data, accountId, profile, index, today, random);
      book(accountId, profile, renewalAgo, 5_000 * (1 + Math.floor(random() * 16)));
    }
  }
  return { revenue, usage };
}

/** A synthetic account's SDR, and what it measured, so that it is in `profile` at `index`. */
function addCustomer(
  data: DemoData,
  accountId: string,
  profile: Profile,
  index: number,
  today: number,
  random: () => number,
): void {
  const at = (time: number) => new Date(time).toISOString();
  const since = index - 120 * dayMs;
  data.accounts.push({ id: accountId, createdAt: at(since) });
  const userId = `${accountId}-sdr`;
  data.users.push({
    id: userId,
    accountId,
    roleId: "sdr",
    name: `SDR at ${accountId}`,
    createdAt: at(since),
  });
  if (profile === "no-measures") return;
  const agreedAt = index - 60 * dayMs;
  const agreement: Agreement = {
    id: `agr_${accountId}_meetings`,
    accountId,
    roleId: "sdr",
    metricId: "meetings-booked",
    status: "agreed",
    proposedBy: "customer",
    agreedAt: at(agreedAt),
    maturityLevel: 2,
    baseline: { value: 4, at: at(agreedAt), source: "self" },
  };
  data.agreements.push(agreement);
  // Weekly entries: level at 4 (measuring) or up to 5–7 (gain, a reached goal), on to today.
  const reached = profile === "goal-achieved";
  const up = profile === "gain" || reached;
  let week = 0;
  for (let t = agreedAt + 7 * dayMs; t < today; t += 7 * dayMs) {
    week++;
    const value = up ? Math.min(7, 4 + Math.ceil(week / 3)) : 4 - (random() < 0.3 ? 1 : 0);
    const entry: Measurement = {
      id: `m_${accountId}_${String(week).padStart(3, "0")}`,
      agreementId: agreement.id,
      value,
      at: at(t),
      source: "self",
      userId,
    };
    data.measurements.push(entry);
  }
  if (reached) {
    const goal: Goal = {
      id: `goal_${accountId}_1`,
      agreementId: agreement.id,
      startValue: 4,
      target: 6,
      startAt: at(agreedAt),
      dueAt: at(agreedAt + 56 * dayMs),
      status: "achieved",
      achievedAt: at(agreedAt + 7 * 6 * dayMs),
      closedAt: at(agreedAt + 7 * 6 * dayMs),
      actions: [],
      valueElementIds: [],
    };
    data.goals.push(goal);
  }
}
