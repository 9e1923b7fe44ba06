import {
  type AccountResultsData,
  arrAt,
  averageGainAt,
  type CompanyResults,
  type CompanyResultsQuery,
  type DayRange,
  type RenewalOutcome,
  type RetentionQuery,
  type RetentionResults,
  type RevenueEvent,
  renewalsByState,
  resultsStateAt,
  retentionByResults,
  revenueRetention,
  sumUsage,
  type UsageMetric,
  type UsageResults,
  type UsageSums,
  usagePeriods,
  usageRetentionOfSums,
} from "@goalpost/core/admin";
import type { UsageTotal } from "./companyData.ts";

const dayMs = 86_400_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const addDays = (day: string, days: number) => dayOf(Date.parse(`${day}T00:00:00Z`) + days * dayMs);

/** The bootstrap every retention report uses: fixed, so the same data gives the same intervals. */
export const retentionBootstrap = { seed: 1, rounds: 2000 } as const;

/** Each account's revenue events in the order they took effect (by day, then as received). */
function byAccount(events: readonly RevenueEvent[]): Map<string, RevenueEvent[]> {
  const accounts = new Map<string, RevenueEvent[]>();
  for (const event of events) {
    accounts.set(event.accountId, [...(accounts.get(event.accountId) ?? []), event]);
  }
  return accounts;
}

const arrOn = (events: readonly RevenueEvent[], day: string) =>
  arrAt(
    events.map((e) => ({ at: e.day, amount: e.arr })),
    day,
  );

/**
 * When each account became a customer: the first day it had some ARR. An account whose events
 * all say 0 never was one, and is in no cohort.
 */
export function customersSince(events: readonly RevenueEvent[]): Record<string, string> {
  const since: Record<string, string> = {};
  for (const event of events) {
    const first = since[event.accountId];
    if (event.arr > 0 && (first === undefined || event.day < first))
      since[event.accountId] = event.day;
  }
  return since;
}

/** The days of a range, both ends included. */
export const daysIn = (range: DayRange) =>
  (Date.parse(range.to) - Date.parse(range.from)) / dayMs + 1;

/** The sums of a metric with no usage at all: every day missing. */
function noUsage(periods: { base: DayRange; current: DayRange }): UsageSums {
  return {
    base: new Map(),
    current: new Map(),
    missingDays: { base: daysIn(periods.base), current: daysIn(periods.current) },
  };
}

/**
 * Each usage metric's sums over two periods from the daily totals, in its current version and
 * of customers only (what the mock does in memory and the server in SQL).
 */
export function usageSumsOf(
  totals: readonly UsageTotal[],
  usageMetrics: readonly UsageMetric[],
  revenue: readonly RevenueEvent[],
  periods: { base: DayRange; current: DayRange },
): Map<string, UsageSums> {
  const customerSince = customersSince(revenue);
  const sums = new Map<string, UsageSums>();
  for (const metric of usageMetrics) {
    const result = sumUsage({
      usage: totals.filter((t) => t.usageMetricId === metric.id && t.version === metric.version),
      customerSince,
      ...periods,
    });
    // Negative totals are refused when usage is sent, so a problem here is a broken store.
    if ("kind" in result) throw new Error(`usage of "${metric.id}": ${result.message}`);
    sums.set(metric.id, result);
  }
  return sums;
}

/** The sums of the accounts in `members` only; the missing days stay the deployment's. */
function sumsOf(sums: UsageSums, members: ReadonlySet<string>): UsageSums {
  const only = (map: ReadonlyMap<string, number>) =>
    new Map([...map].filter(([accountId]) => members.has(accountId)));
  return { base: only(sums.base), current: only(sums.current), missingDays: sums.missingDays };
}

/** What {@link companyResults} reads. */
export interface CompanyResultsInput {
  /** Every revenue event, in the order received. */
  revenue: readonly RevenueEvent[];
  /**
   * Each usage metric's sums over {@link companyPeriods}' usage periods, by its id (a metric
   * absent has no usage yet): see {@link usageSumsOf}.
   */
  usage: ReadonlyMap<string, UsageSums>;
  usageMetrics: readonly UsageMetric[];
  query: CompanyResultsQuery;
  now: Date;
}

/**
 * The days {@link companyResults} reads for a query: the revenue period (the 12 full months
 * before `asOf`'s month) and both usage periods. A store loads usage for `usageFrom`–`usageTo`.
 */
export function companyPeriods(query: CompanyResultsQuery, now: Date) {
  const asOf = query.asOf ?? dayOf(now.getTime());
  const variant = query.variant ?? "yoy";
  const usage = usagePeriods(asOf, variant);
  const [year = 0, month = 1] = asOf.split("-").map(Number);
  const revenue = {
    from: dayOf(Date.UTC(year, month - 13, 1)),
    to: dayOf(Date.UTC(year, month - 1, 0)),
  };
  return { asOf, variant, usage, revenue, usageFrom: usage.base.from, usageTo: usage.current.to };
}

/**
 * `GET /v1/admin/results/company`: NRR, GRR and logo churn over the 12 full months before
 * `asOf`'s month (ARR at the end of the day before the period against the end of its last day,
 * churned accounts at 0), and Net Usage Retention of each usage metric of the catalog, in its
 * current version only (see docs/kpis.md).
 */
export function companyResults(input: CompanyResultsInput): CompanyResults {
  const periods = companyPeriods(input.query, input.now);
  const accounts = byAccount(input.revenue);
  const before = addDays(periods.revenue.from, -1);
  const revenue = revenueRetention(
    [...accounts].map(([accountId, events]) => ({
      accountId,
      startArr: arrOn(events, before),
      endArr: arrOn(events, periods.revenue.to),
    })),
  );
  const since = customersSince(input.revenue);
  const usage = input.usageMetrics.map((metric): UsageResults => {
    const result = usageRetentionOfSums({
      sums: input.usage.get(metric.id) ?? noUsage(periods.usage),
      customerSince: since,
      base: periods.usage.base,
    });
    return {
      usageMetricId: metric.id,
      version: metric.version,
      base: periods.usage.base,
      current: periods.usage.current,
      ...result,
      noisy: periods.usage.noisy,
    };
  });
  return {
    asOf: periods.asOf,
    revenue: {
      period: periods.revenue,
      ...(input.revenue[0] ? { currency: input.revenue[0].currency } : {}),
      ...revenue,
    },
    usage,
  };
}

/** The renewals period of a retention query: a year to `to` (default: today). */
export function retentionPeriod(query: RetentionQuery, now: Date) {
  const to = query.to ?? dayOf(now.getTime());
  const from = query.from ?? addDays(to, -364);
  // NUR by group: the last 3 full months before `to` against the same months a year earlier.
  const usage = usagePeriods(to, "yoy");
  return { from, to, indexDays: query.indexDays ?? 90, usage };
}

/**
 * The renewals in a period: each `renewal` event, renewed unless its outcome is churned, with
 * the ARR at the end of the day before it and the ARR it left. A churn outside a renewal counts
 * in logo churn, not here: it was no renewal decision.
 */
export function renewalsIn(
  events: readonly RevenueEvent[],
  period: { from: string; to: string },
): RenewalOutcome[] {
  const accounts = byAccount(events);
  return events
    .filter((e) => e.type === "renewal" && e.day >= period.from && e.day <= period.to)
    .map((e) => ({
      accountId: e.accountId,
      renewalAt: `${e.day}T00:00:00.000Z`,
      renewed: e.outcome !== "churned",
      arrBefore: arrOn(accounts.get(e.accountId) ?? [], addDays(e.day, -1)),
      arrAfter: e.arr,
    }));
}

/** What {@link retentionResults} reads. */
export interface RetentionInput {
  revenue: readonly RevenueEvent[];
  /** The customer results of every account with a renewal in the period (others may be absent). */
  accounts: ReadonlyMap<string, AccountResultsData>;
  /** Each usage metric's sums over {@link retentionPeriod}'s usage periods, by its id. */
  usage: ReadonlyMap<string, UsageSums>;
  usageMetrics: readonly UsageMetric[];
  query: RetentionQuery;
  now: Date;
}

const noData: AccountResultsData = { agreements: [], goals: [], measurements: [], metrics: [] };

/** An account's results within one role: its agreements there and their goals and entries. */
function inRole(data: AccountResultsData, roleId: string): AccountResultsData {
  const agreements = data.agreements.filter((a) => a.roleId === roleId);
  const ids = new Set(agreements.map((a) => a.id));
  return {
    agreements,
    goals: data.goals.filter((g) => ids.has(g.agreementId)),
    measurements: data.measurements.filter((m) => ids.has(m.agreementId)),
    metrics: data.metrics,
  };
}

/**
 * `GET /v1/admin/results/retention`: renewals by the accounts' customer results at an index
 * date before each renewal, overall and for each role the renewing accounts have agreements in
 * (a role's groups hold the renewals of accounts with agreements in it, each read from that
 * role's measures only).
 */
export function retentionResults(input: RetentionInput): RetentionResults {
  const period = retentionPeriod(input.query, input.now);
  const renewals = renewalsIn(input.revenue, period);
  const dataOf = (accountId: string) => input.accounts.get(accountId) ?? noData;
  const report = (
    list: readonly RenewalOutcome[],
    pick: (data: AccountResultsData) => AccountResultsData,
  ) =>
    retentionByResults({
      renewals: list,
      indexDays: period.indexDays,
      bootstrap: retentionBootstrap,
      stateAt: (accountId, at) => resultsStateAt(pick(dataOf(accountId)), at),
    });
  // Each renewal's state is read once: for its group and for the group's usage.
  const states = new Map<string, ReturnType<typeof resultsStateAt>>();
  const stateAt = (accountId: string, at: string) => {
    const key = `${accountId}\u0000${at}`;
    let state = states.get(key);
    if (state === undefined) {
      state = resultsStateAt(dataOf(accountId), at);
      states.set(key, state);
    }
    return state;
  };
  const overall = retentionByResults({
    renewals,
    indexDays: period.indexDays,
    bootstrap: retentionBootstrap,
    stateAt,
    gainAt: (accountId, at) => averageGainAt(dataOf(accountId), at),
  });
  const since = customersSince(input.revenue);
  const byState = renewalsByState(renewals, stateAt, period.indexDays);
  const usageByGroup = [...byState].map(([state, list]) => {
    const members = new Set(list.map((r) => r.accountId));
    return {
      state,
      usage: input.usageMetrics.map((metric) => {
        const result = usageRetentionOfSums({
          sums: sumsOf(input.usage.get(metric.id) ?? noUsage(period.usage), members),
          customerSince: since,
          base: period.usage.base,
        });
        const { cohort, nur, incomplete } = result;
        return {
          usageMetricId: metric.id,
          cohort,
          ...(nur !== undefined ? { nur } : {}),
          incomplete,
        };
      }),
    };
  });
  const roleIds = new Set<string>();
  for (const renewal of renewals) {
    for (const a of dataOf(renewal.accountId).agreements) roleIds.add(a.roleId);
  }
  const hasRole = (accountId: string, roleId: string) =>
    dataOf(accountId).agreements.some((a) => a.roleId === roleId);
  return {
    period: { from: period.from, to: period.to },
    indexDays: overall.indexDays,
    groups: overall.groups,
    usageByGroup,
    doseResponse: overall.doseResponse ?? { quintiles: [], withoutGain: renewals.length },
    byRole: [...roleIds].sort().map((roleId) => ({
      roleId,
      groups: report(
        renewals.filter((r) => hasRole(r.accountId, roleId)),
        (data) => inRole(data, roleId),
      ).groups,
    })),
    comparisons: overall.comparisons,
    caveat: overall.caveat,
    bootstrap: { seed: retentionBootstrap.seed, resamples: retentionBootstrap.rounds },
  };
}
