import type { Agreement } from "../contract/agreement.ts";
import type { Metric, Role } from "../contract/catalog.ts";
import type { Goal } from "../contract/goal.ts";
import type { Measurement } from "../contract/measurement.ts";
import type { Pulse } from "../contract/pulse.ts";
import type { Gain, KpiReport, RoleKpis } from "../contract/reports.ts";
import { currentValue } from "./currentValue.ts";
import { gainSinceBaseline } from "./gainSinceBaseline.ts";
import { goalStatusAt } from "./goalStatus.ts";
import { groupBy } from "./groupBy.ts";
import { inPlaceAt } from "./inPlaceAt.ts";
import { perceivedValue } from "./perceivedValue.ts";

/** Everything the KPIs are computed from: plain data, whatever stores it. */
export interface KpiInput {
  from: string;
  to: string;
  roles: readonly Role[];
  metrics: readonly Metric[];
  /** Every customer account known by `to` (accounts named by agreements are added). */
  accountIds: readonly string[];
  /** Account × role pairs that have users. */
  roleInstances: readonly { accountId: string; roleId: string }[];
  agreements: readonly Agreement[];
  goals: readonly Goal[];
  measurements: readonly Measurement[];
  pulses: readonly Pulse[];
}

/**
 * The Customer Results Achievement KPIs for the period [from, to], by role:
 * measures in place, role instances with a gain, role instances achieving their goal (each
 * counting the share of its goals decided in the period that it achieved), average gain per
 * metric; and perceived value by touchpoint. Rates are 0 when their denominator is.
 */
export function computeKpis(input: KpiInput): KpiReport {
  const from = Date.parse(input.from);
  const to = Date.parse(input.to);
  const within = (at: string) => Date.parse(at) >= from && Date.parse(at) <= to;
  const byAgreement = groupBy(input.measurements, (m) => m.agreementId);
  const goalsByAgreement = groupBy(input.goals, (g) => g.agreementId);
  const metricById = new Map(input.metrics.map((m) => [m.id, m]));
  const accounts = new Set([...input.accountIds, ...input.agreements.map((a) => a.accountId)]).size;

  const roles = input.roles.map((role): RoleKpis => {
    const instances = new Set(
      input.roleInstances.filter((i) => i.roleId === role.id).map((i) => i.accountId),
    );
    const inPlace = input.agreements.filter((a) => a.roleId === role.id && inPlaceAt(a, input.to));
    for (const a of inPlace) instances.add(a.accountId);

    // Gain as of `to`, for agreements with a measurement in the period.
    const gains = new Map<string, Gain>();
    for (const a of inPlace) {
      const metric = metricById.get(a.metricId);
      const measured = (byAgreement.get(a.id) ?? []).some((m) => within(m.at));
      const current = currentValue(a, byAgreement.get(a.id) ?? [], input.to);
      if (metric && a.baseline && measured && current) {
        gains.set(a.id, gainSinceBaseline(a.baseline.value, current.value, metric.direction));
      }
    }

    const withMeasures = new Set(inPlace.map((a) => a.accountId));
    const withGain = new Set(
      inPlace.filter((a) => (gains.get(a.id)?.absolute ?? 0) > 0).map((a) => a.accountId),
    );
    // Per role instance, its goals decided in the period: achieved, or missed at their due date.
    const decided = new Map<string, { achieved: number; all: number }>();
    for (const a of input.agreements.filter((x) => x.roleId === role.id)) {
      for (const goal of goalsByAgreement.get(a.id) ?? []) {
        const status = goalStatusAt(goal, input.to);
        const at = status === "achieved" ? goal.achievedAt : status === "missed" ? goal.dueAt : "";
        if (!at || !within(at)) continue;
        const counts = decided.get(a.accountId) ?? { achieved: 0, all: 0 };
        counts.all += 1;
        if (status === "achieved") counts.achieved += 1;
        decided.set(a.accountId, counts);
      }
    }
    // A role instance with one goal decided counts 1 or 0; with several, the share it achieved.
    const achieving = [...decided.values()].reduce((sum, c) => sum + c.achieved / c.all, 0);

    const metrics = input.metrics
      .filter((m) => m.roleIds.includes(role.id))
      .map((metric) => {
        const agreements = inPlace.filter((a) => a.metricId === metric.id);
        const measured = agreements.flatMap((a) => gains.get(a.id) ?? []);
        return {
          metricId: metric.id,
          agreements: agreements.length,
          avgGain: averageGain(measured),
        };
      });

    return {
      roleId: role.id,
      accounts,
      accountsWithMeasures: withMeasures.size,
      measuresRate: rate(withMeasures.size, accounts),
      roleInstances: instances.size,
      gainRate: rate(withGain.size, withMeasures.size),
      goalRate: rate(achieving, decided.size),
      accountsWithGain: withGain.size,
      accountsWithDecidedGoals: decided.size,
      metrics,
    };
  });

  return {
    from: input.from,
    to: input.to,
    roles,
    perceivedValue: perceivedValue(input.pulses.filter((p) => within(p.at))),
  };
}

function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function averageGain(gains: readonly Gain[]): Gain | null {
  if (gains.length === 0) return null;
  const relatives = gains.flatMap((g) => (g.relative === null ? [] : [g.relative]));
  return {
    absolute: gains.reduce((sum, g) => sum + g.absolute, 0) / gains.length,
    relative: relatives.length ? relatives.reduce((sum, r) => sum + r, 0) / relatives.length : null,
  };
}
