import type { Goal } from "../contract/goal.ts";

const day = 86_400_000;

/**
 * When the views built at `time` next change by the passing of time alone: the first moment an
 * active goal is overdue (then it shows as missed), or, while a goal is being suggested, a day
 * later (the suggested due date is `time` plus the period, written as a date). Undefined when
 * nothing changes with time.
 */
export function nextBoundary(
  goals: readonly Pick<Goal, "status" | "dueAt">[],
  suggesting: boolean,
  time: number,
): number | undefined {
  let next = suggesting ? time + day : Number.POSITIVE_INFINITY;
  for (const goal of goals) {
    // isOverdue: missed once the time is past the due date, so the first such millisecond.
    const overdueAt = Date.parse(goal.dueAt) + 1;
    if (goal.status === "active" && overdueAt > time && overdueAt < next) next = overdueAt;
  }
  return Number.isFinite(next) ? next : undefined;
}

/**
 * The next local midnight after `time`, when every relative day a view shows ("today", "in 3
 * days") moves on by one.
 */
export function nextLocalMidnight(time: number): number {
  const next = new Date(time);
  next.setHours(24, 0, 0, 0);
  return next.getTime();
}
