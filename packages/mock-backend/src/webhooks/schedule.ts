import { type ScheduledGoal, scheduledEvents } from "@goalpost/backend";
import type { MockDb } from "../store/MockDb.ts";
import { writeEvents } from "./emit.ts";

/**
 * Writes the events that time alone caused since the last run (`goal.missed`, `goal.due_soon`,
 * `checkin.overdue`), up to `now`, as the server's scheduler does (`scheduledEvents`). The mock has no scheduler: each request runs this first,
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

/**
 * The active goals, each with its account and role, the newest entry since it started, and for a
 * scale metric, its newest end-of-period assessment since then.
 */
function scheduledGoals(db: MockDb): ScheduledGoal[] {
  const active = db.goals.filter((g) => g.status === "active");
  if (active.length === 0) return [];
  // Read only the entries of agreements with a running goal: this runs on every request.
  const running = new Set(active.map((g) => g.agreementId));
  const newest = new Map<string, number>();
  const newestEnd = new Map<string, number>();
  for (const m of db.measurements) {
    if (!running.has(m.agreementId)) continue;
    const at = Date.parse(m.at);
    if (at > (newest.get(m.agreementId) ?? Number.NEGATIVE_INFINITY)) newest.set(m.agreementId, at);
    if (m.phase === "end" && at > (newestEnd.get(m.agreementId) ?? Number.NEGATIVE_INFINITY)) {
      newestEnd.set(m.agreementId, at);
    }
  }
  const scaleMetrics = new Set(
    db.catalog.metrics.filter((m) => m.collection === "scale").map((m) => m.id),
  );
  const agreements = new Map(db.agreements.filter((a) => running.has(a.id)).map((a) => [a.id, a]));
  return active.flatMap((goal) => {
    const agreement = agreements.get(goal.agreementId);
    if (!agreement) return [];
    const started = Date.parse(goal.startAt);
    const last = newest.get(goal.agreementId);
    const end = newestEnd.get(goal.agreementId);
    return [
      {
        goal,
        accountId: agreement.accountId,
        roleId: agreement.roleId,
        ...(last !== undefined && last >= started
          ? { lastEntryAt: new Date(last).toISOString() }
          : {}),
        ...(scaleMetrics.has(agreement.metricId) ? { scale: true } : {}),
        ...(end !== undefined && end >= started
          ? { endAssessedAt: new Date(end).toISOString() }
          : {}),
      },
    ];
  });
}
