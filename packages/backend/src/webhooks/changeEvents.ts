import type { Agreement, Goal, Measurement, Pulse } from "@goalpost/core";
import type { WebhookEvent, WebhookEventType } from "@goalpost/core/contract";
import { newId } from "../rules/newId.ts";

/** Who an event is about: the account and role, and the user whose action caused it. */
export interface EventSubject {
  accountId: string;
  roleId: string;
  userId?: string;
}

/** The subject of an event about an agreement or what hangs from it, caused by `userId`. */
export const subjectOf = (
  agreement: Pick<Agreement, "accountId" | "roleId">,
  userId?: string,
): EventSubject => ({
  accountId: agreement.accountId,
  roleId: agreement.roleId,
  ...(userId !== undefined ? { userId } : {}),
});

/** One event about `data` (the resource as the API returns it), with a fresh id unless given. */
export function webhookEvent(
  type: WebhookEventType,
  subject: EventSubject,
  data: object,
  at: Date,
  id = newId("evt"),
): WebhookEvent {
  return {
    id,
    type,
    at: at.toISOString(),
    accountId: subject.accountId,
    roleId: subject.roleId,
    ...(subject.userId !== undefined ? { userId: subject.userId } : {}),
    data: data as Record<string, unknown>,
  };
}

/**
 * What a write of an agreement tells the vendor: `metric.agreed` when one is made or agreed
 * again, `metric.retired` when it is retired. A change of level or baseline alone is none.
 */
export function agreementEvents(
  before: Agreement | undefined,
  after: Agreement,
  userId: string,
  now: Date,
): WebhookEvent[] {
  const subject = subjectOf(after, userId);
  if (after.status === before?.status) return [];
  if (after.status === "retired") return [webhookEvent("metric.retired", subject, after, now)];
  if (after.status === "agreed") return [webhookEvent("metric.agreed", subject, after, now)];
  return [];
}

/**
 * What a write of a goal tells the vendor: `goal.set` for a new one, `goal.achieved` when it
 * becomes achieved (a measurement reached its target, or a correction settled it so). A goal
 * missed is the scheduler's to tell: it is missed by its due date passing, whoever notices.
 */
export function goalEvents(
  before: Goal | undefined,
  after: Goal,
  subject: EventSubject,
  now: Date,
): WebhookEvent[] {
  const events: WebhookEvent[] = [];
  if (!before) events.push(webhookEvent("goal.set", subject, after, now));
  if (after.status === "achieved" && before?.status !== "achieved") {
    events.push(webhookEvent("goal.achieved", subject, after, now));
  }
  return events;
}

/** `measurement.logged` for a new entry, `measurement.corrected` for one changed or deleted. */
export function measurementEvent(
  type: "measurement.logged" | "measurement.corrected",
  measurement: Measurement,
  agreement: Pick<Agreement, "accountId" | "roleId">,
  now: Date,
): WebhookEvent {
  return webhookEvent(type, subjectOf(agreement, measurement.userId), measurement, now);
}

/** `pulse.submitted`, with the score, so that a low one can alert someone. */
export function pulseEvent(pulse: Pulse): WebhookEvent {
  return webhookEvent("pulse.submitted", pulse, pulse, new Date(pulse.at));
}
