import { isTargetReached, roundForUnit } from "@goalpost/core";
import type { Goal, Metric } from "@goalpost/core/contract";
import type { GoalPlan } from "./seedPlans.ts";

/** Days between two data points, per collection method (scale is assessed once per period). */
export const cadence = { app: 7, self: 7, integration: 30, scale: 0 } as const;

type Point = [daysAgo: number, value: number, phase?: "start" | "end"];

/**
 * Data points (days ago, value, phase) for one seeded goal, shaped so that the goal math lands on
 * the planned outcome: an achieved goal is reached at 70 % of its period, other goals stay short
 * of the target. Scale metrics get a start and an end assessment.
 */
export function seedTrajectory(
  plan: GoalPlan,
  goal: Goal,
  metric: Metric,
  random: () => number,
): Point[] {
  const end = {
    achieved: plan.start - plan.days * 0.7,
    missed: plan.start - plan.days + 1,
    abandoned: plan.start - plan.days * 0.4,
    active: 0.5,
  }[plan.outcome];
  const share = {
    achieved: 1,
    missed: 0.55 + random() * 0.2,
    abandoned: 0.15,
    active: plan.progress ?? 0.5,
  }[plan.outcome];
  const { startValue, target } = goal;
  const valueAt = (fraction: number) =>
    roundForUnit(startValue + (target - startValue) * fraction, metric);
  const shortOf = (fraction: number) => {
    const value = valueAt(fraction);
    if (!isTargetReached(target, value, metric.direction)) return value;
    const closer = valueAt(0.8);
    return isTargetReached(target, closer, metric.direction) ? startValue : closer;
  };
  const finish = plan.outcome === "achieved" ? valueAt(1.05 + random() * 0.1) : undefined;

  if (metric.collection === "scale") {
    const points: Point[] = [[plan.start, startValue, "start"]];
    if (plan.outcome === "achieved" || plan.outcome === "missed") {
      points.push([end, finish ?? shortOf(share), "end"]);
    }
    return points;
  }
  const points: Point[] = [];
  const step = cadence[metric.collection];
  for (let d = plan.start - step; d > end; d -= step) {
    const fraction = (share * (plan.start - d)) / (plan.start - end);
    points.push([d, shortOf(fraction + (random() - 0.5) * 0.12)]);
  }
  if (plan.start - end >= 1) points.push([end, finish ?? shortOf(share)]);
  return points;
}
