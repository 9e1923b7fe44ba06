import type { Agreement } from "../contract/agreement.ts";
import type { Metric } from "../contract/catalog.ts";
import type { Goal } from "../contract/goal.ts";
import type { Measurement } from "../contract/measurement.ts";
import type { Pulse } from "../contract/pulse.ts";
import type { AccountMetricReport, AccountReport } from "../contract/reports.ts";
import { currentValue } from "./currentValue.ts";
import { gainSinceBaseline } from "./gainSinceBaseline.ts";
import { goalStatusAt } from "./goalStatus.ts";
import { groupBy } from "./groupBy.ts";
import { perceivedValue } from "./perceivedValue.ts";

/** One account's data, as plain lists (other accounts' items are ignored). */
export interface AccountReportInput {
  accountId: string;
  now: string;
  metrics: readonly Metric[];
  /** Number of users per role id in this account. */
  usersByRole: Readonly<Record<string, number>>;
  agreements: readonly Agreement[];
  goals: readonly Goal[];
  measurements: readonly Measurement[];
  pulses: readonly Pulse[];
}

/**
 * One account's results across its roles: per agreement, baseline → current, gain, the active
 * goal and how earlier goals went; per role, perceived value.
 */
export function computeAccountReport(input: AccountReportInput): AccountReport {
  const agreements = input.agreements.filter((a) => a.accountId === input.accountId);
  const ids = new Set(agreements.map((a) => a.id));
  const measurements = groupBy(
    input.measurements.filter((m) => ids.has(m.agreementId)),
    (m) => m.agreementId,
  );
  const goals = groupBy(
    input.goals.filter((g) => ids.has(g.agreementId)),
    (g) => g.agreementId,
  );
  const metricById = new Map(input.metrics.map((m) => [m.id, m]));
  const pulses = input.pulses.filter((p) => p.accountId === input.accountId);
  const roleIds = [
    ...new Set([...Object.keys(input.usersByRole), ...agreements.map((a) => a.roleId)]),
  ];

  const report = (agreement: Agreement): AccountMetricReport => {
    const metric = metricById.get(agreement.metricId);
    const current = currentValue(agreement, measurements.get(agreement.id) ?? [], input.now);
    const counts = { achieved: 0, missed: 0, abandoned: 0, active: 0 };
    let activeGoal: Goal | undefined;
    for (const goal of goals.get(agreement.id) ?? []) {
      const status = goalStatusAt(goal, input.now);
      counts[status] += 1;
      if (status === "active") activeGoal = goal;
    }
    return {
      agreement,
      ...(agreement.baseline ? { baseline: agreement.baseline } : {}),
      ...(current ? { current } : {}),
      gain:
        metric && agreement.baseline && current
          ? gainSinceBaseline(agreement.baseline.value, current.value, metric.direction)
          : null,
      ...(activeGoal ? { activeGoal } : {}),
      goals: counts,
    };
  };

  return {
    accountId: input.accountId,
    generatedAt: input.now,
    roles: roleIds.map((roleId) => ({
      roleId,
      users: input.usersByRole[roleId] ?? 0,
      metrics: agreements.filter((a) => a.roleId === roleId).map(report),
      perceivedValue: perceivedValue(pulses.filter((p) => p.roleId === roleId)),
    })),
  };
}
