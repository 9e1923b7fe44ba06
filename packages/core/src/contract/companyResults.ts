import * as z from "zod/mini";
import { Id, limits } from "./primitives.ts";

export { UsageMetric } from "./catalog.ts";

const isRealDay = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === day;
};

/** A calendar day in UTC, `YYYY-MM-DD`, that exists. */
export const Day = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day such as 2026-03-01"),
    z.refine(isRealDay, "must be a day that exists"),
  );

/** One usage item: a quantity of a usage metric on a day; a day's items are added up. */
export const UsageItem = z.strictObject({
  /** The item's own id, so a batch sent twice is counted once. */
  id: Id,
  accountId: Id,
  usageMetricId: Id,
  quantity: z.number().check(z.gte(0, "must not be negative"), z.lte(limits.maxAbsValue)),
  day: Day,
});
export type UsageItem = z.infer<typeof UsageItem>;

/** `POST /v1/admin/usage` */
export const UsageBody = z.strictObject({
  items: z.array(UsageItem).check(z.minLength(1), z.maxLength(limits.maxIngestBatch)),
});
export type UsageBody = z.infer<typeof UsageBody>;

/**
 * A revenue event of an account, with its ARR once it took effect (`arr`: 0 after a churn).
 * `arr` is a snapshot; `start`, `renewal`, `expansion`, `contraction` and `churn` are contract
 * events. A renewal says how it went (`outcome`); a churn, or a renewal that churned, may say
 * whether it was the customer's choice (`voluntary`).
 */
export const RevenueEvent = z.strictObject({
  id: Id,
  accountId: Id,
  type: z.enum(["arr", "start", "renewal", "expansion", "contraction", "churn"]),
  day: Day,
  arr: z.number().check(z.gte(0, "must not be negative"), z.lte(limits.maxAbsValue)),
  /** ISO 4217, e.g. `USD`: every event of a deployment in one currency. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD")),
  outcome: z.optional(z.enum(["renewed", "downgraded", "churned"])),
  voluntary: z.optional(z.boolean()),
});
export type RevenueEvent = z.infer<typeof RevenueEvent>;

/** `POST /v1/admin/revenue` */
export const RevenueBody = z.strictObject({
  events: z.array(RevenueEvent).check(z.minLength(1), z.maxLength(limits.maxIngestBatch)),
});
export type RevenueBody = z.infer<typeof RevenueBody>;

/** The outcome of each usage item or revenue event, in the order sent. */
export const BatchResult = z.object({
  results: z.array(
    z.object({
      id: Id,
      status: z.enum(["created", "replayed", "rejected"]),
      error: z.optional(z.object({ code: z.string(), message: z.string() })),
    }),
  ),
});
export type BatchResult = z.infer<typeof BatchResult>;

/** `GET /v1/admin/results/company` */
export const CompanyResultsQuery = z.strictObject({
  /** The last day of the period (default: the last full month's end). */
  asOf: z.optional(Day),
  /** Usage: the last 3 months against the same months a year earlier, or the month before (noisy). */
  variant: z.optional(z.enum(["yoy", "mom"])),
});
export type CompanyResultsQuery = z.infer<typeof CompanyResultsQuery>;

const Ratio = z.optional(z.number());
const DayRange = z.object({ from: Day, to: Day });

/** NRR, GRR and logo churn of the 12 months to `asOf`. */
export const RevenueResults = z.object({
  period: DayRange,
  currency: z.optional(z.string()),
  cohort: z.int(),
  startArr: z.number(),
  endArr: z.number(),
  nrr: Ratio,
  grr: Ratio,
  logoChurn: z.object({ churned: z.int(), rate: Ratio }),
  newAccounts: z.object({ count: z.int(), endArr: z.number() }),
});

/** Net Usage Retention of one usage metric (see docs/kpis.md). */
export const UsageResults = z.object({
  usageMetricId: Id,
  version: z.int(),
  base: DayRange,
  current: DayRange,
  cohort: z.int(),
  baseUsage: z.number(),
  currentUsage: z.number(),
  nur: Ratio,
  grossUsageRetention: Ratio,
  logoUsageRetention: Ratio,
  medianRatio: Ratio,
  largest: z.optional(z.object({ accountId: Id, shareOfBase: z.number(), nurWithout: Ratio })),
  newAccounts: z.object({ count: z.int(), usage: z.number() }),
  reactivated: z.object({ count: z.int(), usage: z.number() }),
  missingDays: z.object({ base: z.int(), current: z.int() }),
  incomplete: z.boolean(),
  /** `mom`: a month against the month before, which seasonality moves: read it as noisy. */
  noisy: z.boolean(),
});
export type UsageResults = z.infer<typeof UsageResults>;

/** `GET /v1/admin/results/company` — the company's results. */
export const CompanyResults = z.object({
  asOf: Day,
  revenue: RevenueResults,
  usage: z.array(UsageResults),
});
export type CompanyResults = z.infer<typeof CompanyResults>;

/** `GET /v1/admin/results/retention` */
export const RetentionQuery = z.strictObject({
  /** Renewals from this day (default: a year before `to`). */
  from: z.optional(Day),
  /** Renewals up to this day (default: today). */
  to: z.optional(Day),
  /** Days before each renewal at which the account's results are read. */
  indexDays: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(730))),
});
export type RetentionQuery = z.infer<typeof RetentionQuery>;

const Interval = z.object({ estimate: z.number(), low: z.number(), high: z.number() });
const ResultsState = z.enum(["no-measures", "measuring", "gain", "goal-achieved"]);

/** Renewals of the accounts in one customer-results state. */
export const ResultsGroup = z.object({
  state: ResultsState,
  /** Accounts with a renewal in the period (an account renewing twice counts once here). */
  accounts: z.int(),
  renewals: z.int(),
  renewed: z.int(),
  renewalRate: z.optional(Interval),
  nrr: z.optional(Interval),
  grr: z.optional(Interval),
  directional: z.boolean(),
  versusNoMeasures: z.optional(
    z.object({
      difference: z.object({ estimate: z.number(), low: z.number(), high: z.number() }),
      p: z.number(),
    }),
  ),
});

/** Net Usage Retention of one group's accounts for one usage metric. */
const GroupUsage = z.object({
  usageMetricId: Id,
  cohort: z.int(),
  nur: Ratio,
  incomplete: z.boolean(),
});

/** The renewal rate of one fifth of the renewals, by the account's average gain. */
const GainQuintile = z.object({
  quintile: z.int(),
  gain: z.object({ min: z.number(), max: z.number() }),
  renewals: z.int(),
  renewed: z.int(),
  renewalRate: Interval,
  directional: z.boolean(),
});

/** `GET /v1/admin/results/retention` — renewals by the accounts' customer results. */
export const RetentionResults = z.object({
  period: DayRange,
  indexDays: z.int(),
  groups: z.array(ResultsGroup),
  /**
   * Per group, NUR of its accounts (the last 3 full months before `to` against the same months
   * a year earlier), for each usage metric in its current version.
   */
  usageByGroup: z.array(z.object({ state: ResultsState, usage: z.array(GroupUsage) })),
  /** Renewal rate by fifths of the average gain at the index date (none under 5 renewals). */
  doseResponse: z.object({ quintiles: z.array(GainQuintile), withoutGain: z.int() }),
  /** The same groups for each role (an account is in a role's groups when it has that role). */
  byRole: z.array(z.object({ roleId: Id, groups: z.array(ResultsGroup) })),
  comparisons: z.array(z.string()),
  caveat: z.string(),
  /** The bootstrap's seed and resamples: the same data gives the same intervals. */
  bootstrap: z.object({ seed: z.int(), resamples: z.int() }),
});
export type RetentionResults = z.infer<typeof RetentionResults>;
