import { goalEvents, measurementEvent, subjectOf, wantsEvent } from "@goalpost/backend";
import type { Agreement, Goal, Measurement } from "@goalpost/core";
import type { WebhookEvent } from "@goalpost/core/contract";
import type { RouteContext } from "../http/createRoutes.ts";
import type { MockDb } from "../store/MockDb.ts";

/**
 * Writes events with one pending delivery per endpoint that wants each, as the server's outbox
 * does. Inside a request this happens in the database the request rolls back when it fails, so
 * a failed write sends nothing. With no endpoint at all nothing is kept: a mock nobody listens
 * to stays as light as before (a later endpoint cannot replay what happened before it).
 */
export function writeEvents(db: MockDb, events: readonly WebhookEvent[], now: Date): void {
  if (db.webhookEndpoints.length === 0) return;
  const queuedAt = now.toISOString();
  for (const event of events) {
    db.webhookEvents.push(event);
    for (const endpoint of db.webhookEndpoints) {
      if (!wantsEvent(endpoint, event.type)) continue;
      db.webhookDeliveries.push({
        endpointId: endpoint.id,
        eventId: event.id,
        accountId: event.accountId,
        status: "pending",
        attempts: 0,
        createdAt: queuedAt,
        nextAttemptAt: queuedAt,
      });
    }
  }
}

/** The request's events, written at its time; they go out once it has answered. */
export function emit(context: RouteContext, events: readonly WebhookEvent[]): void {
  writeEvents(context.db, events, context.now);
}

/** Copies of an agreement's goals as they stand, to tell afterwards which a change achieved. */
export function goalsBefore(db: MockDb, agreementId: string): Goal[] {
  return db.goals.filter((g) => g.agreementId === agreementId).map((g) => ({ ...g }));
}

/**
 * `measurement.logged` (a new entry) or `measurement.corrected` (one changed or deleted), then
 * `goal.achieved` for each of the agreement's goals that it settled as achieved since `before`.
 */
export function emitMeasurement(
  context: RouteContext,
  type: "measurement.logged" | "measurement.corrected",
  measurement: Measurement,
  agreement: Agreement,
  before: readonly Goal[],
): void {
  const { db, now } = context;
  if (db.webhookEndpoints.length === 0) return;
  const subject = subjectOf(agreement, measurement.userId);
  const events = [measurementEvent(type, measurement, agreement, now)];
  for (const earlier of before) {
    const after = db.goals.find((g) => g.id === earlier.id);
    if (after) events.push(...goalEvents(earlier, after, subject, now));
  }
  writeEvents(db, events, now);
}
