import { goalStatusAt, improvement } from "@goalpost/core";
import { inPlaceAt, resultsStateAt } from "@goalpost/core/admin";
import type {
  AccountRoleRow,
  Agreement,
  Goal,
  Measurement,
  Metric,
  Pulse,
  RiskFlag,
} from "@goalpost/core/contract";

/** How far back missed goals and pulses count for the risk flags: 90 days, the KPIs' default. */
export const riskWindowDays = 90;

/** A pulse average below this (of 1–5) raises `low-value`. */
export const lowValueBelow = 3;

/** The default of `inactiveDays`: a month without an entry raises `no-recent-entry`. */
export const defaultInactiveDays = 30;

/** One account's role: its users and everything stored for its agreements. */
export interface AccountRoleData {
  accountId: string;
  roleId: string;
  users: number;
  /** This role's agreements in this account. */
  agreements: readonly Agreement[];
  /** Their goals. */
  goals: readonly Goal[];
  /** Their measurements (deleted ones left out). */
  measurements: readonly Measurement[];
  /** This role's pulses in this account. */
  pulses: readonly Pick<Pulse, "score" | "at">[];
  metrics: readonly Metric[];
}

const day = 86_400_000;

/**
 * Where one account's role stands at `now`, for the console's accounts table: its results state
 * (`resultsStateAt`, the rule the retention views use), its risk flags (see `RiskFlag`) and the
 * figures behind them. The reference server computes the same in SQL (accountRows.sql.ts); the
 * contract suite holds the two to each other.
 */
export function accountRoleRow(
  data: AccountRoleData,
  now: Date,
  inactiveDays = defaultInactiveDays,
): AccountRoleRow {
  const at = now.toISOString();
  const until = now.getTime();
  const state = resultsStateAt(data, at);
  const directions = new Map(data.metrics.map((m) => [m.id, m.direction]));
  let gains = 0;
  let regressions = 0;
  let measures = 0;
  let lastEntry = Number.NEGATIVE_INFINITY;
  for (const agreement of data.agreements) {
    const baseline = agreement.baseline;
    if (!baseline || !inPlaceAt(agreement, at) || Date.parse(baseline.at) > until) continue;
    measures += 1;
    lastEntry = Math.max(lastEntry, Date.parse(baseline.at));
    const latest = latestUntil(data.measurements, agreement.id, until);
    const direction = directions.get(agreement.metricId);
    if (!latest) continue;
    lastEntry = Math.max(lastEntry, Date.parse(latest.at));
    if (!direction) continue;
    const change = improvement(baseline.value, latest.value, direction);
    if (change > 0) gains += 1;
    if (change < 0) regressions += 1;
  }
  const goals = { active: 0, achieved: 0, missed: 0 };
  let missedRecently = false;
  for (const goal of data.goals) {
    const status = goalStatusAt(goal, at);
    if (status === "abandoned") continue;
    goals[status] += 1;
    const due = Date.parse(goal.dueAt);
    if (status === "missed" && due <= until && due > until - riskWindowDays * day) {
      missedRecently = true;
    }
  }
  const recent = data.pulses.filter((p) => {
    const time = Date.parse(p.at);
    return time <= until && time > until - riskWindowDays * day;
  });
  const perceivedValue =
    recent.length === 0
      ? null
      : {
          avgScore: recent.reduce((sum, p) => sum + p.score, 0) / recent.length,
          responses: recent.length,
        };
  const raised: Record<RiskFlag, boolean> = {
    regression: regressions > 0,
    "missed-goal": missedRecently,
    "low-value": perceivedValue !== null && perceivedValue.avgScore < lowValueBelow,
    "no-recent-entry": measures > 0 && lastEntry < until - inactiveDays * day,
  };
  const flags = (Object.keys(raised) as RiskFlag[]).filter((flag) => raised[flag]);
  return {
    accountId: data.accountId,
    roleId: data.roleId,
    state,
    flags,
    risk: flags.length,
    users: data.users,
    measures,
    gains,
    regressions,
    goals,
    perceivedValue,
    lastEntryAt: measures > 0 ? new Date(lastEntry).toISOString() : null,
  };
}

/** An agreement's latest measurement taken by `until` (the later one of equal times). */
function latestUntil(
  measurements: readonly Measurement[],
  agreementId: string,
  until: number,
): Measurement | undefined {
  let latest: Measurement | undefined;
  let latestAt = Number.NEGATIVE_INFINITY;
  for (const m of measurements) {
    const time = Date.parse(m.at);
    if (
      m.agreementId === agreementId &&
      m.deletedAt === undefined &&
      time <= until &&
      time >= latestAt
    ) {
      latest = m;
      latestAt = time;
    }
  }
  return latest;
}
