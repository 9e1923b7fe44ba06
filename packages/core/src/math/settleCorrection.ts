import type { Goal } from "../contract/goal.ts";
import type { Direction } from "../contract/primitives.ts";
import { isTargetReached } from "./improvement.ts";
import { settleDue } from "./settleDue.ts";

/** What {@link settleCorrection} reads of the agreement's measurements. */
export interface CorrectedPoint {
  value: number;
  at: string;
}

/**
 * The goals after a measurement of `agreementId` taken at `at` was corrected or deleted: the one
 * rule of "goal status follows corrections", used by the mock, the server and the store.
 *
 * Each goal of the agreement whose period holds `at` (from `startAt` to `dueAt`, or to the next
 * goal's `startAt` when one followed it) is decided again from `measurements`, the agreement's
 * measurements as they stand after the correction (deleted ones left out):
 * - the earliest measurement in the period that meets the target achieves it, closed then;
 * - else a goal that a next goal followed was missed, closed at the end of its period;
 * - else the goal is active again, or missed once its due date has passed at `now` (`settleDue`).
 *
 * Abandoned goals, goals of other agreements and goals whose period does not hold `at` come back
 * as they were (the same objects), as do goals whose outcome stays the same. The start value of
 * a goal never moves.
 */
export function settleCorrection(
  goals: readonly Goal[],
  agreementId: string,
  at: string,
  measurements: readonly CorrectedPoint[],
  direction: Direction,
  now: string | Date,
): Goal[] {
  const own = goals
    .filter((g) => g.agreementId === agreementId)
    .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt));
  const changed = new Map<Goal, Goal>();
  const time = Date.parse(at);
  own.forEach((goal, index) => {
    if (goal.status === "abandoned") return;
    const next = own[index + 1];
    const start = Date.parse(goal.startAt);
    const end = Math.min(Date.parse(goal.dueAt), next ? Date.parse(next.startAt) : Infinity);
    if (time < start || time > end) return;
    const decided = decide(goal, measurements, start, end, next !== undefined, direction, now);
    if (!sameOutcome(goal, decided)) changed.set(goal, decided);
  });
  return goals.map((goal) => changed.get(goal) ?? goal);
}

function decide(
  goal: Goal,
  measurements: readonly CorrectedPoint[],
  start: number,
  end: number,
  followed: boolean,
  direction: Direction,
  now: string | Date,
): Goal {
  let hit: CorrectedPoint | undefined;
  for (const m of measurements) {
    const time = Date.parse(m.at);
    if (time < start || time > end || !isTargetReached(goal.target, m.value, direction)) continue;
    if (!hit || time < Date.parse(hit.at)) hit = m;
  }
  const { achievedAt: _achieved, closedAt: _closed, ...open } = goal;
  if (hit) return { ...open, status: "achieved", achievedAt: hit.at, closedAt: hit.at };
  if (followed) return { ...open, status: "missed", closedAt: new Date(end).toISOString() };
  return settleDue({ ...open, status: "active" }, now);
}

function sameOutcome(a: Goal, b: Goal): boolean {
  const same = (x?: string, y?: string) =>
    x === y || (x !== undefined && y !== undefined && Date.parse(x) === Date.parse(y));
  return a.status === b.status && same(a.achievedAt, b.achievedAt) && same(a.closedAt, b.closedAt);
}
