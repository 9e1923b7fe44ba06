import type { AccountRoleRow, Catalog, KpiReport } from "@goalpost/core/contract";
import { flagWords, stateWords } from "./words.ts";

/** The accounts table as CSV rows: a header, then one row per account and role. */
export function accountCsvRows(rows: readonly AccountRoleRow[], catalog: Catalog) {
  const role = (id: string) => catalog.roles.find((r) => r.id === id)?.name ?? id;
  return [
    [
      "account",
      "role",
      "state",
      "at risk",
      "risk flags",
      "users",
      "measures",
      "gains",
      "regressions",
      "goals achieved",
      "goals missed",
      "goals active",
      "perceived value (1-5)",
      "pulse responses (90 days)",
      "last entry",
    ],
    ...rows.map((r) => [
      r.accountId,
      role(r.roleId),
      stateWords[r.state],
      r.risk > 0 ? "yes" : "no",
      r.flags.map((f) => flagWords[f]).join("; "),
      r.users,
      r.measures,
      r.gains,
      r.regressions,
      r.goals.achieved,
      r.goals.missed,
      r.goals.active,
      r.perceivedValue?.avgScore ?? null,
      r.perceivedValue?.responses ?? 0,
      r.lastEntryAt,
    ]),
  ];
}

/** The KPIs as CSV rows: one row per role, then one per metric, then perceived value. */
export function kpiCsvRows(report: KpiReport, catalog: Catalog) {
  const role = (id: string) => catalog.roles.find((r) => r.id === id)?.name ?? id;
  const metric = (id: string) => catalog.metrics.find((m) => m.id === id)?.name ?? id;
  return [
    ["from", report.from, "to", report.to],
    [],
    [
      "role",
      "accounts",
      "accounts with measures",
      "measures rate",
      "accounts with a gain",
      "gain rate",
      "accounts with a goal decided",
      "goal rate",
    ],
    ...report.roles.map((r) => [
      role(r.roleId),
      r.accounts,
      r.accountsWithMeasures,
      r.measuresRate,
      r.accountsWithGain ?? null,
      r.gainRate,
      r.accountsWithDecidedGoals ?? null,
      r.goalRate,
    ]),
    [],
    ["role", "metric", "measures", "average gain", "average relative gain"],
    ...report.roles.flatMap((r) =>
      r.metrics.map((m) => [
        role(r.roleId),
        metric(m.metricId),
        m.agreements,
        m.avgGain?.absolute ?? null,
        m.avgGain?.relative ?? null,
      ]),
    ),
    [],
    ["touchpoint", "average score (1-5)", "responses"],
    ...report.perceivedValue.map((p) => [p.touchpoint, p.avgScore, p.responses]),
  ];
}
