import { ingestUserId, settleActiveGoal, settleGoals } from "@goalpost/backend";
import { currentValue, roundForUnit, suggestTarget } from "@goalpost/core";
import type { Agreement, Goal, Measurement, Metric, Role } from "@goalpost/core/contract";
import { createRandom } from "./createRandom.ts";
import type { SeedTarget } from "./DemoData.ts";
import { demoUsers } from "./demoUsers.ts";
import { seedGoalTexts } from "./seedGoalTexts.ts";
import type { AgreementPlan, GoalPlan } from "./seedPlans.ts";
import { cadence, seedTrajectory } from "./seedTrajectory.ts";

const dayMs = 86_400_000;

/**
 * Seeds one agreement and its history: the baseline, then each planned goal with data points
 * shaped towards the planned outcome. The core's goal math decides what each goal became.
 */
export function seedAgreement(db: SeedTarget, plan: AgreementPlan, now: Date): void {
  const metric = db.catalog.metrics.find((m) => m.id === plan.metricId);
  const role = db.catalog.roles.find((r) => r.id === plan.roleId);
  if (!metric || !role) throw new Error(`seed plan names unknown ${plan.roleId}/${plan.metricId}`);
  const ago = (days: number) => new Date(now.getTime() - days * dayMs).toISOString();
  const random = createRandom(`${plan.accountId}/${plan.metricId}`);
  const key = `${plan.accountId}_${plan.metricId}`;
  const user = demoUsers.find((u) => u.accountId === plan.accountId && u.roleId === plan.roleId);
  const userId = metric.collection === "integration" ? ingestUserId : (user?.id ?? ingestUserId);

  const agreement: Agreement = {
    id: `agr_${key}`,
    accountId: plan.accountId,
    roleId: plan.roleId,
    metricId: plan.metricId,
    status: "agreed",
    proposedBy: "customer",
    agreedAt: ago(plan.agreed),
    maturityLevel: plan.maturityLevel,
    baseline: { value: plan.baseline, at: ago(plan.agreed), source: metric.collection },
  };
  db.agreements.push(agreement);
  const measurements: Measurement[] = [];
  const record = (daysAgo: number, value: number, phase?: "start" | "end") => {
    const m: Measurement = {
      id: `m_${key}_${String(measurements.length + 1).padStart(3, "0")}`,
      agreementId: agreement.id,
      value,
      at: ago(daysAgo),
      source: metric.collection,
      ...(phase ? { phase } : {}),
      userId,
    };
    measurements.push(m);
    db.measurements.push(m);
    settleActiveGoal(db.goals, metric, m);
  };

  if (plan.goals.length === 0) {
    for (
      let d = plan.agreed - cadence[metric.collection];
      d > 0.5;
      d -= cadence[metric.collection]
    ) {
      record(d, roundForUnit(plan.baseline * (1 + (random() - 0.4) * 0.2), metric));
    }
  }
  let previous: Goal | undefined;
  plan.goals.forEach((goalPlan, i) => {
    settleGoals(db.goals, new Date(now.getTime() - goalPlan.start * dayMs));
    const start =
      currentValue(agreement, measurements, ago(goalPlan.start))?.value ?? plan.baseline;
    const expectedGain = role.maturity[plan.maturityLevel - 1]?.expectedGain ?? 0.1;
    const goal = seedGoal(`goal_${key}_${i + 1}`, agreement, db, metric, role, goalPlan, {
      startValue: start,
      target: suggestTarget({ baseline: start, expectedGain, metric }),
      ago,
      previous,
    });
    db.goals.push(goal);
    for (const [daysAgo, value, phase] of seedTrajectory(goalPlan, goal, metric, random)) {
      record(daysAgo, value, phase);
    }
    if (goalPlan.outcome === "abandoned") {
      goal.status = "abandoned";
      goal.closedAt = ago(goalPlan.start - goalPlan.days * 0.45);
    }
    previous = goal;
  });
  if (plan.retired !== undefined) {
    agreement.status = "retired";
    agreement.retiredAt = ago(plan.retired);
  }
}

interface GoalSeed {
  startValue: number;
  target: number;
  ago: (days: number) => string;
  previous: Goal | undefined;
}

function seedGoal(
  id: string,
  agreement: Agreement,
  db: SeedTarget,
  metric: Metric,
  role: Role,
  plan: GoalPlan,
  seed: GoalSeed,
): Goal {
  const texts = seedGoalTexts[metric.id];
  const doneCount = { achieved: 3, missed: 1, abandoned: 0, active: 1 }[plan.outcome];
  const elements = db.catalog.valueElements.filter(
    (v) => v.roleIds.includes(role.id) && v.metricIds.includes(metric.id),
  );
  return {
    id,
    agreementId: agreement.id,
    startValue: seed.startValue,
    target: seed.target,
    startAt: seed.ago(plan.start),
    dueAt: seed.ago(plan.start - plan.days),
    status: "active",
    ...(texts ? { changes: texts.changes } : {}),
    actions: (texts?.actions ?? []).map((action, i) => ({
      ...action,
      id: `${id}_a${i + 1}`,
      done: i < doneCount,
    })),
    valueElementIds: elements.slice(0, 2).map((v) => v.id),
    ...(seed.previous ? { previousGoalId: seed.previous.id } : {}),
  };
}
