import * as z from "zod/mini";
import { Agreement, Baseline } from "./agreement.ts";
import { Goal } from "./goal.ts";
import { Id, IsoDateTime } from "./primitives.ts";
import { Touchpoint } from "./pulse.ts";

const Rate = z.number().check(z.gte(0), z.lte(1));

/** Gain since baseline. `relative` is null when the baseline is 0. Negative means regression. */
export const Gain = z.object({ absolute: z.number(), relative: z.nullable(z.number()) });
export type Gain = z.infer<typeof Gain>;

/** Average perceived value for one touchpoint. */
export const PerceivedValue = z.object({
  touchpoint: Touchpoint,
  avgScore: z.number(),
  responses: z.int(),
});
export type PerceivedValue = z.infer<typeof PerceivedValue>;

/** Customer Results Achievement KPIs for one role. Rates are fractions 0–1. */
export const RoleKpis = z.object({
  roleId: Id,
  /** Customer accounts known by the end of the period. */
  accounts: z.int(),
  /** Accounts where this role has a measure in place (an agreed metric with a baseline). */
  accountsWithMeasures: z.int(),
  /** accountsWithMeasures / accounts. */
  measuresRate: Rate,
  /** Role instances (account × role with a user or an agreement) by the end of the period. */
  roleInstances: z.int(),
  /** Of the role instances with a measure in place, the share with a gain on at least one metric. */
  gainRate: Rate,
  /**
   * Of the role instances with a goal decided in the period (achieved, or missed at its due
   * date), the share achieving their goal: an instance with one decided goal counts 1 or 0, one
   * with several counts the share it achieved. Abandoned goals count neither way.
   */
  goalRate: Rate,
  /** gainRate's numerator: accounts where this role has a gain (its denominator is accountsWithMeasures). */
  accountsWithGain: z.optional(z.int()),
  /** goalRate's denominator: accounts where this role had a goal decided in the period. */
  accountsWithDecidedGoals: z.optional(z.int()),
  metrics: z.array(
    z.object({
      metricId: Id,
      /** Agreements in place (agreed, with a baseline) for this metric. */
      agreements: z.int(),
      /** Average gain over agreements with a measurement in the period; null when none. */
      avgGain: z.nullable(Gain),
    }),
  ),
});
export type RoleKpis = z.infer<typeof RoleKpis>;

/** `GET /v1/admin/kpis?from&to` */
export const KpiReport = z.object({
  from: IsoDateTime,
  to: IsoDateTime,
  roles: z.array(RoleKpis),
  perceivedValue: z.array(PerceivedValue),
});
export type KpiReport = z.infer<typeof KpiReport>;

/**
 * `GET /v1/admin/kpis/trends`: the KPIs of each calendar month (UTC), oldest first; the current
 * month ends now.
 */
export const KpiTrends = z.object({ months: z.array(KpiReport) });
export type KpiTrends = z.infer<typeof KpiTrends>;

/** Query of `GET /v1/admin/kpis`; both default to the last 90 days. */
export const KpiQuery = z.strictObject({
  from: z.optional(IsoDateTime),
  to: z.optional(IsoDateTime),
});
export type KpiQuery = z.infer<typeof KpiQuery>;

/** One agreement of an account, with where it stands. */
export const AccountMetricReport = z.object({
  agreement: Agreement,
  baseline: z.optional(Baseline),
  current: z.optional(Baseline),
  gain: z.nullable(Gain),
  activeGoal: z.optional(Goal),
  goals: z.object({ achieved: z.int(), missed: z.int(), abandoned: z.int(), active: z.int() }),
});
export type AccountMetricReport = z.infer<typeof AccountMetricReport>;

/** `GET /v1/admin/accounts/:id/report` — one account's results across its roles. */
export const AccountReport = z.object({
  accountId: Id,
  generatedAt: IsoDateTime,
  roles: z.array(
    z.object({
      roleId: Id,
      users: z.int(),
      metrics: z.array(AccountMetricReport),
      perceivedValue: z.array(PerceivedValue),
    }),
  ),
});
export type AccountReport = z.infer<typeof AccountReport>;
