import type { Goal } from "../contract/goal.ts";

const dayMs = 86_400_000;

/**
 * When an active goal's check-in opens: the start of its last week, or of its last quarter for
 * a period under four weeks. From then on, a scale metric waits for its end-of-period assessment
 * and a self-reported one for a recent entry (an entry within the window's length). The widget's
 * check-in badge and the server's `checkin.overdue` webhook both read it.
 * @returns the window's start and its length, in ms since the epoch and ms
 */
export function checkInWindow(goal: Pick<Goal, "startAt" | "dueAt">): {
  opensAt: number;
  length: number;
} {
  const due = Date.parse(goal.dueAt);
  const length = Math.min(7 * dayMs, (due - Date.parse(goal.startAt)) / 4);
  return { opensAt: due - length, length };
}
