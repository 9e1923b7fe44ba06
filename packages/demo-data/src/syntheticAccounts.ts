import { settleActiveGoal, settleGoals } from "@goalpost/backend";
import { roundForUnit, valueBounds } from "@goalpost/core";
import type {
  Catalog,
  Goal,
  Measurement,
  Metric,
  Pulse,
  Touchpoint,
} from "@goalpost/core/contract";
import { createRandom } from "./createRandom.ts";
import type { DemoData, SeedTarget } from "./DemoData.ts";

const dayMs = 86_400_000;
const touchpoints: Touchpoint[] = ["overall", "product", "support", "pricing", "training"];
const remarks = [
  "We see the gain in our weekly numbers.",
  "Setup took longer than we hoped.",
  "Support answered within the hour.",
  "Hard to justify the price this quarter.",
  "The training made the difference for new hires.",
];

/** A value near the middle of what the metric usually takes. */
function startValue(metric: Metric, random: () => number): number {
  const range = metric.plausible ?? valueBounds(metric);
  const min = Number.isFinite(range.min) ? range.min : 0;
  const max = Number.isFinite(range.max) ? range.max : min + 100;
  return roundForUnit(min + (max - min) * (0.3 + random() * 0.3), metric);
}

/** `value` moved by `share` of itself in the metric's good direction, within its bounds. */
function moved(metric: Metric, value: number, share: number): number {
  const { min, max } = valueBounds(metric);
  const step =
    metric.unit.type === "scale"
      ? Math.sign(share) * Math.ceil(Math.abs(share) * 5)
      : value * share;
  const next = metric.direction === "increase" ? value + step : value - step;
  return roundForUnit(Math.min(max, Math.max(min, next)), metric);
}

/**
 * `count` synthetic accounts (`synthetic-0001`, …) with a user in most roles and about six
 * months of history before `now`, so the console shows what it looks like at scale: some roles
 * with no measures, some measuring flat, some gaining and reaching goals, some falling below
 * their baseline or missing a goal, pulses of every mood, a few comments. Deterministic: the same
 * `count` and `now` give the same data. Goal statuses are the core's (settleActiveGoal).
 */
export function syntheticAccounts(catalog: Catalog, now: Date, count: number): DemoData {
  const ago = (days: number) => new Date(now.getTime() - days * dayMs).toISOString();
  const data: SeedTarget = {
    catalog,
    accounts: [],
    users: [],
    agreements: [],
    goals: [],
    measurements: [],
    pulses: [],
    revenue: [],
    usage: [],
  };
  for (let n = 1; n <= count; n++) {
    const accountId = `synthetic-${String(n).padStart(4, "0")}`;
    const random = createRandom(accountId);
    const joined = 60 + Math.floor(random() * 150);
    data.accounts.push({ id: accountId, createdAt: ago(joined) });
    for (const role of catalog.roles) {
      if (random() < 0.2) continue; // not every account has every role
      const userId = `${accountId}.${role.id}`;
      data.users.push({
        id: userId,
        accountId,
        roleId: role.id,
        name: `${role.name} ${n}`,
        createdAt: ago(joined),
      });
      const metrics = catalog.metrics.filter((m) => m.roleIds.includes(role.id));
      // A story per role: none (no measures), flat, gaining, or falling behind.
      const story = ["none", "flat", "gain", "gain", "fall"][Math.floor(random() * 5)] ?? "flat";
      if (story !== "none") {
        const chosen = metrics.filter(() => random() < 0.6).slice(0, 2);
        for (const metric of chosen.length ? chosen : metrics.slice(0, 1)) {
          seedSynthetic(data, {
            accountId,
            roleId: role.id,
            userId,
            metric,
            story,
            joined,
            random,
            ago,
          });
        }
      }
      const asked = Math.floor(random() * 3);
      for (let p = 0; p < asked; p++) {
        const mood = story === "fall" ? 2 : story === "gain" ? 4 : 3;
        const score = Math.min(5, Math.max(1, Math.round(mood + (random() - 0.5) * 2)));
        const pulse: Pulse = {
          id: `pulse_${userId}_${p + 1}`,
          accountId,
          roleId: role.id,
          userId,
          touchpoint: touchpoints[Math.floor(random() * touchpoints.length)] ?? "overall",
          score,
          at: ago(5 + Math.floor(random() * 80)),
        };
        if (random() < 0.3) pulse.comment = remarks[Math.floor(random() * remarks.length)] ?? "";
        data.pulses.push(pulse);
      }
    }
  }
  settleGoals(data.goals, now);
  const { catalog: _catalog, ...seeded } = data;
  return seeded;
}

interface SyntheticPlan {
  accountId: string;
  roleId: string;
  userId: string;
  metric: Metric;
  story: string;
  joined: number;
  random: () => number;
  ago: (days: number) => string;
}

/** One agreement with a baseline, a goal and weekly values that tell its story. */
function seedSynthetic(data: SeedTarget, plan: SyntheticPlan): void {
  const { metric, random, ago } = plan;
  const agreedDaysAgo = Math.max(20, plan.joined - 10 - Math.floor(random() * 20));
  const baseline = startValue(metric, random);
  const id = `agr_${plan.accountId}_${metric.id}`;
  const userId = metric.collection === "integration" ? "ingest" : plan.userId;
  data.agreements.push({
    id,
    accountId: plan.accountId,
    roleId: plan.roleId,
    metricId: metric.id,
    status: "agreed",
    proposedBy: "customer",
    agreedAt: ago(agreedDaysAgo),
    maturityLevel: 1 + Math.floor(random() * 3),
    baseline: { value: baseline, at: ago(agreedDaysAgo), source: metric.collection },
  });
  const goalDays = Math.min(60, agreedDaysAgo - 5);
  const goal: Goal = {
    id: `goal_${plan.accountId}_${metric.id}`,
    agreementId: id,
    startValue: baseline,
    target: moved(metric, baseline, 0.15),
    startAt: ago(agreedDaysAgo - 1),
    dueAt: ago(agreedDaysAgo - 1 - goalDays),
    status: "active",
    actions: [],
    valueElementIds: [],
  };
  if (goal.target !== baseline) data.goals.push(goal);
  // A stale role stops entering values a month or more ago.
  const stopsDaysAgo = random() < 0.25 ? 30 + Math.floor(random() * 30) : 0;
  const share = plan.story === "gain" ? 0.04 : plan.story === "fall" ? -0.03 : 0;
  let value = baseline;
  let week = 0;
  for (let d = agreedDaysAgo - 7; d > stopsDaysAgo; d -= 7) {
    week += 1;
    value = share === 0 ? baseline : moved(metric, value, share * (0.5 + random()));
    const m: Measurement = {
      id: `m_${plan.accountId}_${metric.id}_${String(week).padStart(3, "0")}`,
      agreementId: id,
      value,
      at: ago(d),
      source: metric.collection,
      ...(metric.collection === "scale" ? { phase: "end" as const } : {}),
      userId,
    };
    data.measurements.push(m);
    settleActiveGoal(data.goals, metric, m);
  }
}
