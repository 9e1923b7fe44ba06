import { checkInWindow, settleDue } from "@goalpost/core";
import type { WebhookEvent } from "@goalpost/core/admin";
import type { Goal } from "@goalpost/core/contract";

const dayMs = 86_400_000;

/**
 * A goal as the scheduler reads it (active, or missed by its due date passing): who it is
 * about, and when its last entry came.
 */
export interface ScheduledGoal {
  goal: Goal;
  accountId: string;
  roleId: string;
  /** The newest entry of the goal's agreement since the goal started, if any. */
  lastEntryAt?: string;
  /** Whether the goal's metric is a scale one, assessed at the start and end of each period. */
  scale?: boolean;
  /** The newest end-of-period assessment of the agreement since the goal started, if any. */
  endAssessedAt?: string;
}

/** When the reminders fall. */
export interface ScheduleOptions {
  /** `goal.due_soon` this many days before the due date. @default 3 */
  dueSoonDays?: number;
  /** `checkin.overdue` when a goal has had no entry for this many days. @default 14 */
  checkInDays?: number;
}

/** Whether a goal was missed by its due date passing (`settleDue`), not closed otherwise. */
const missedByTime = (goal: Goal) =>
  goal.status === "missed" && Date.parse(goal.closedAt ?? "") === Date.parse(goal.dueAt);

/**
 * The events that the passing of time alone causes in (`from`, `to`]: a goal that became overdue
 * (`goal.missed`, at its due date), one whose due date is near (`goal.due_soon`, only while it is
 * still ahead at `to`), and a check-in the goal waits for (`checkin.overdue`, while the goal
 * was still running then): a scale metric's end-of-period assessment not made when the goal's
 * check-in window opens (`checkInWindow`, the widget's check-in rule: reason `end-assessment`),
 * or no entry for `checkInDays` (reason `no-recent-entry`). A scheduler that was down runs once over the whole gap and
 * catches up. A goal already stored as missed by time (closed at its due date: a write noticed
 * it first) is judged as the active goal it was until then, so its `goal.missed` still comes;
 * other closed goals cause nothing. Each event's id is derived from what it is about (`goal.missed:<goal id>`), so
 * that two runs or two instances that emit it again are refused by the outbox's unique id:
 * never sent twice. Ordered by time, then id.
 */
export function scheduledEvents(
  goals: readonly ScheduledGoal[],
  from: Date,
  to: Date,
  options: ScheduleOptions = {},
): WebhookEvent[] {
  const dueSoon = (options.dueSoonDays ?? 3) * dayMs;
  const checkIn = (options.checkInDays ?? 14) * dayMs;
  const start = from.getTime();
  const end = to.getTime();
  const within = (time: number) => time > start && time <= end;
  const events: WebhookEvent[] = [];
  for (const { goal, accountId, roleId, lastEntryAt, scale, endAssessedAt } of goals) {
    if (goal.status !== "active" && !missedByTime(goal)) continue;
    const due = Date.parse(goal.dueAt);
    const event = (
      type: WebhookEvent["type"],
      time: number,
      key: string,
      data: Goal,
      reason?: WebhookEvent["reason"],
    ) =>
      events.push({
        id: `${type}:${key}`,
        type,
        at: new Date(time).toISOString(),
        accountId,
        roleId,
        ...(reason ? { reason } : {}),
        data: data as unknown as Record<string, unknown>,
      });
    // isOverdue: missed from the first millisecond past the due date.
    if (within(due + 1)) event("goal.missed", due + 1, goal.id, settleDue(goal, to));
    if (within(due - dueSoon) && due > end) event("goal.due_soon", due - dueSoon, goal.id, goal);
    const quietSince = Math.max(
      Date.parse(goal.startAt),
      lastEntryAt ? Date.parse(lastEntryAt) : 0,
    );
    const overdueAt = quietSince + checkIn;
    if (within(overdueAt) && overdueAt < due) {
      const key = `${goal.id}:${new Date(overdueAt).toISOString()}`;
      event("checkin.overdue", overdueAt, key, goal, "no-recent-entry");
    }
    const { opensAt } = checkInWindow(goal);
    if (scale && !endAssessedAt && within(opensAt) && opensAt < due) {
      event("checkin.overdue", opensAt, `${goal.id}:end-assessment`, goal, "end-assessment");
    }
  }
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
}
