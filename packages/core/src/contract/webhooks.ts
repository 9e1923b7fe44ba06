import * as z from "zod/mini";
import { Id, IsoDateTime } from "./primitives.ts";

/** What Goalpost tells a vendor's backend about (docs/webhooks.md). */
export const WebhookEventType = z.enum([
  "metric.agreed",
  "metric.retired",
  "goal.set",
  "goal.achieved",
  "goal.missed",
  "goal.due_soon",
  "checkin.overdue",
  "measurement.logged",
  "measurement.corrected",
  "pulse.submitted",
]);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/**
 * One event as delivered: its own id (the same on every retry, for the receiver to drop
 * duplicates), its type and time, who it is about, and the resource as the API returns it.
 */
export const WebhookEvent = z.object({
  id: Id,
  type: WebhookEventType,
  at: IsoDateTime,
  accountId: Id,
  roleId: Id,
  /** The user whose action caused it; absent for what no one did (a goal that became overdue). */
  userId: z.optional(Id),
  /** The goal, agreement, measurement or pulse, as the API returns it. */
  data: z.record(z.string(), z.unknown()),
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;
