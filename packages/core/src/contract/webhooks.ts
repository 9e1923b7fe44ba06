import * as z from "zod/mini";
import { Id, IsoDateTime, limits } from "./primitives.ts";

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
  /**
   * Of a `checkin.overdue`: what the goal waits for, a scale metric's end-of-period assessment
   * (`end-assessment`) or any entry after a quiet spell (`no-recent-entry`).
   */
  reason: z.optional(z.enum(["end-assessment", "no-recent-entry"])),
  /** The goal, agreement, measurement or pulse, as the API returns it. */
  data: z.record(z.string(), z.unknown()),
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** Whether an endpoint is sent events: a disabled one keeps its deliveries and gets no new ones. */
export const WebhookEndpointStatus = z.enum(["enabled", "disabled"]);
export type WebhookEndpointStatus = z.infer<typeof WebhookEndpointStatus>;

const WebhookUrl = z.string().check(z.minLength(1), z.maxLength(2048));
const Description = z.string().check(z.maxLength(limits.nameLength));
const EventTypes = z.array(WebhookEventType).check(z.minLength(1), z.maxLength(20));

/** How an endpoint's deliveries stand: what waits, what failed for good, the last of each. */
export const WebhookDeliveryCounts = z.object({
  pending: z.int(),
  failed: z.int(),
  lastDeliveredAt: z.optional(IsoDateTime),
  lastFailedAt: z.optional(IsoDateTime),
});
export type WebhookDeliveryCounts = z.infer<typeof WebhookDeliveryCounts>;

/**
 * A URL on the vendor's backend that receives events, signed with the endpoint's own secret
 * (shown only when it is made or rotated). During a rotation the previous secret also signs,
 * until `previousSecretExpiresAt`.
 */
export const WebhookEndpoint = z.object({
  id: Id,
  url: z.string(),
  description: z.optional(z.string()),
  /** The event types it is sent; absent: every type, those added later too. */
  eventTypes: z.optional(z.array(WebhookEventType)),
  status: WebhookEndpointStatus,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  previousSecretExpiresAt: z.optional(IsoDateTime),
  deliveries: WebhookDeliveryCounts,
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** An endpoint with its signing secret: the answer to making one and to rotating its secret. */
export const WebhookEndpointWithSecret = z.extend(WebhookEndpoint, { secret: z.string() });
export type WebhookEndpointWithSecret = z.infer<typeof WebhookEndpointWithSecret>;

/** `POST /v1/admin/webhooks` */
export const CreateWebhookEndpointBody = z.strictObject({
  /** `https://…`; `http://` only to this machine. Private addresses only where the server allows them. */
  url: WebhookUrl,
  description: z.optional(Description),
  /** Absent: every event type. */
  eventTypes: z.optional(EventTypes),
  /** @default true */
  enabled: z.optional(z.boolean()),
});
export type CreateWebhookEndpointBody = z.infer<typeof CreateWebhookEndpointBody>;

/** `PATCH /v1/admin/webhooks/:id`: what is given changes; `null` clears (every type, no description). */
export const UpdateWebhookEndpointBody = z.strictObject({
  url: z.optional(WebhookUrl),
  description: z.optional(z.nullable(Description)),
  eventTypes: z.optional(z.nullable(EventTypes)),
  enabled: z.optional(z.boolean()),
});
export type UpdateWebhookEndpointBody = z.infer<typeof UpdateWebhookEndpointBody>;

/** `POST /v1/admin/webhooks/:id/rotate-secret` */
export const RotateWebhookSecretBody = z.strictObject({
  /** How long the previous secret still signs beside the new one, 0–7 days. @default 86400 */
  overlapSeconds: z.optional(z.int().check(z.gte(0), z.lte(7 * 86_400))),
});
export type RotateWebhookSecretBody = z.infer<typeof RotateWebhookSecretBody>;

/** `GET /v1/admin/webhooks`: every endpoint, oldest first. */
export const WebhookEndpointList = z.object({ items: z.array(WebhookEndpoint) });
export type WebhookEndpointList = z.infer<typeof WebhookEndpointList>;

/** Where one event stands for one endpoint. */
export const WebhookDeliveryStatus = z.enum(["pending", "delivered", "failed"]);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/**
 * One event's delivery to one endpoint: its status, the attempts made, and what the last one
 * got (the receiver's status code and at most 256 characters of its answer, or why no answer
 * came). Newest event first in a list.
 */
export const WebhookDelivery = z.object({
  eventId: Id,
  eventType: WebhookEventType,
  eventAt: IsoDateTime,
  accountId: Id,
  status: WebhookDeliveryStatus,
  attempts: z.int(),
  createdAt: IsoDateTime,
  lastAttemptAt: z.optional(IsoDateTime),
  /** When a pending delivery is tried next. */
  nextAttemptAt: z.optional(IsoDateTime),
  deliveredAt: z.optional(IsoDateTime),
  responseStatus: z.optional(z.int()),
  responseExcerpt: z.optional(z.string()),
  error: z.optional(z.string()),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** `GET /v1/admin/webhooks/:id/deliveries` */
export const WebhookDeliveryQuery = z.strictObject({
  status: z.optional(WebhookDeliveryStatus),
  /** 1–200. @default 50 */
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export type WebhookDeliveryQuery = z.infer<typeof WebhookDeliveryQuery>;

/** A page of deliveries, newest event first; `nextCursor` reads the next. */
export const WebhookDeliveryPage = z.object({
  items: z.array(WebhookDelivery),
  nextCursor: z.optional(z.string()),
});
export type WebhookDeliveryPage = z.infer<typeof WebhookDeliveryPage>;

/**
 * `POST /v1/admin/webhooks/:id/replay`: one event again (`eventId`), or every event of the
 * endpoint's types in [`from`, `to`) — sent again with the same ids, in order, even those
 * delivered already.
 */
export const ReplayWebhookBody = z.strictObject({
  eventId: z.optional(Id),
  from: z.optional(IsoDateTime),
  to: z.optional(IsoDateTime),
});
export type ReplayWebhookBody = z.infer<typeof ReplayWebhookBody>;

/** How many deliveries a replay queued. */
export const ReplayWebhookResult = z.object({ replayed: z.int() });
export type ReplayWebhookResult = z.infer<typeof ReplayWebhookResult>;
