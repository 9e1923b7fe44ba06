import { type ScheduledGoal, scheduledEvents } from "@goalpost/backend";
import type { MockDb } from "../store/MockDb.ts";
import { writeEvents } from "./emit.ts";

/**
 * Writes the events that time alone caused since the last run (`goal.missed`, `goal.due_soon`,
 * `checkin.overdue`), up to `now`. The mock has no scheduler: each request runs this first,
 * before its route settles any goal, so a goal that became overdue is still active here and
 * its `goal.missed` is written once, whichever request notices it. Ids derived from what an
 * event is about keep a second run from writing one twice. The schedule starts with the first
 * endpoint (see webhookRoutes) and stops with the last: with none, nothing changes. Answers
 * whether it wrote anything.
 */
export function runSchedule(db: MockDb, now: Date): boolean {
  const from = db.webhookScheduledUntil;
  if (from === null || Date.parse(from) >= now.getTime()) return false;
  db.webhookScheduledUntil = now.toISOString();
  if (db.webhookEndpoints.length === 0) return false;
  const events = scheduledEvents(scheduledGoals(db), new Date(from), now);
  const written = new Set(db.webhookEvents.map((e) => e.id));
  const fresh = events.filter((e) => !written.has(e.id));
  writeEvents(db, fresh, now);
  return fresh.length > 0;
}

/** The active goals, each with its account and role and the newest entry since it started. */
function scheduledGoals(db: MockDb): ScheduledGoal[] {
  const active = db.goals.filter((g) => g.status === "active");
  if (active.length === 0) return [];
  // Read only the entries of agreements with a running goal: this runs on every request.
  const running = new Set(active.map((g) => g.agreementId));
  const newest = new Map<string, number>();
  for (const m of db.measurements) {
    if (!running.has(m.agreementId)) continue;
    const at = Date.parse(m.at);
    if (at > (newest.get(m.agreementId) ?? Number.NEGATIVE_INFINITY)) newest.set(m.agreementId, at);
  }
  const agreements = new Map(db.agreements.filter((a) => running.has(a.id)).map((a) => [a.id, a]));
  return active.flatMap((goal) => {
    const agreement = agreements.get(goal.agreementId);
    if (!agreement) return [];
    const last = newest.get(goal.agreementId);
    const since = last !== undefined && last >= Date.parse(goal.startAt);
    return [
      {
        goal,
        accountId: agreement.accountId,
        roleId: agreement.roleId,
        ...(since ? { lastEntryAt: new Date(last).toISOString() } : {}),
      },
    ];
  });
}
