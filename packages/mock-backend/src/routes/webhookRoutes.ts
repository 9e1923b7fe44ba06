import {
  ApiError,
  changeWebhookEndpoint,
  newWebhookEndpoint,
  orThrow,
  publicWebhookEndpoint,
  replayRange,
  rotateWebhookSecret as rotatedEndpoint,
  type StoredWebhookEndpoint,
  type WebhookUrlOptions,
} from "@goalpost/backend";
import type { WebhookDeliveryCounts, WebhookEndpoint, WebhookEvent } from "@goalpost/core/contract";
import type { AdminRoute, Reply } from "../http/createRoutes.ts";
import type { MockDb, StoredWebhookDelivery } from "../store/MockDb.ts";
import { deliveryLog } from "./webhookDeliveryLog.ts";

/**
 * The mock is a development tool whose receivers run on the developer's machine
 * (`http://localhost:…`), so it takes private and loopback URLs, as a server started with
 * GOALPOST_WEBHOOKS_ALLOW_PRIVATE does. `https` or loopback `http` is still required.
 */
const urlOptions: WebhookUrlOptions = { allowPrivate: true };

/** The stored endpoint with this id, or 404. */
function storedEndpoint(db: MockDb, id: string): StoredWebhookEndpoint {
  const endpoint = db.webhookEndpoints.find((e) => e.id === id);
  if (!endpoint) throw new ApiError(404, `no webhook endpoint "${id}"`);
  return endpoint;
}

/** How an endpoint's deliveries stand, from its log. */
function countsOf(db: MockDb, endpointId: string): WebhookDeliveryCounts {
  const counts: WebhookDeliveryCounts = { pending: 0, failed: 0 };
  for (const d of db.webhookDeliveries) {
    if (d.endpointId !== endpointId) continue;
    if (d.status === "pending") counts.pending++;
    if (d.status === "failed") {
      counts.failed++;
      counts.lastFailedAt = later(counts.lastFailedAt, d.lastAttemptAt);
    }
    if (d.deliveredAt) counts.lastDeliveredAt = later(counts.lastDeliveredAt, d.deliveredAt);
  }
  return counts;
}

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined || (b !== undefined && Date.parse(b) > Date.parse(a)) ? b : a;

const shown = (db: MockDb, endpoint: StoredWebhookEndpoint): WebhookEndpoint =>
  publicWebhookEndpoint(endpoint, countsOf(db, endpoint.id));

/** Replaces the stored endpoint (the rules return new objects). */
function store(db: MockDb, endpoint: StoredWebhookEndpoint): StoredWebhookEndpoint {
  const index = db.webhookEndpoints.findIndex((e) => e.id === endpoint.id);
  db.webhookEndpoints[index] = endpoint;
  return endpoint;
}

/** `GET /v1/admin/webhooks`: every endpoint, oldest first, without secrets. */
export function listWebhookEndpoints(
  context: AdminRoute<"listWebhookEndpoints">,
): Reply<"listWebhookEndpoints"> {
  const { db } = context;
  return { body: { items: db.webhookEndpoints.map((e) => shown(db, e)) } };
}

/** `POST /v1/admin/webhooks`: a new endpoint, its secret shown this once. */
export function createWebhookEndpoint(
  context: AdminRoute<"createWebhookEndpoint">,
): Reply<"createWebhookEndpoint"> {
  const { db, now, body } = context;
  const endpoint = orThrow(newWebhookEndpoint(body, now, urlOptions));
  db.webhookEndpoints.push(endpoint);
  // The first endpoint starts the schedule of the events of time passing (runSchedule).
  db.webhookScheduledUntil ??= now.toISOString();
  return { body: { ...shown(db, endpoint), secret: endpoint.secret } };
}

/** `GET /v1/admin/webhooks/:id` */
export function getWebhookEndpoint(
  context: AdminRoute<"getWebhookEndpoint">,
): Reply<"getWebhookEndpoint"> {
  const { db, params } = context;
  return { body: shown(db, storedEndpoint(db, params.id)) };
}

/** `PATCH /v1/admin/webhooks/:id`: URL, description, event filter, enabled or not. */
export function updateWebhookEndpoint(
  context: AdminRoute<"updateWebhookEndpoint">,
): Reply<"updateWebhookEndpoint"> {
  const { db, now, params, body } = context;
  const endpoint = storedEndpoint(db, params.id);
  const changed = orThrow(changeWebhookEndpoint(endpoint, body, now, urlOptions));
  return { body: shown(db, store(db, changed)) };
}

/** `POST /v1/admin/webhooks/:id/rotate-secret`: a new secret, the old one signing on a while. */
export function rotateWebhookSecret(
  context: AdminRoute<"rotateWebhookSecret">,
): Reply<"rotateWebhookSecret"> {
  const { db, now, params, body } = context;
  const rotated = store(db, rotatedEndpoint(storedEndpoint(db, params.id), body, now));
  return { body: { ...shown(db, rotated), secret: rotated.secret } };
}

/** `DELETE /v1/admin/webhooks/:id`: gone with its delivery log; answers it as it was. */
export function deleteWebhookEndpoint(
  context: AdminRoute<"deleteWebhookEndpoint">,
): Reply<"deleteWebhookEndpoint"> {
  const { db, params } = context;
  const endpoint = shown(db, storedEndpoint(db, params.id));
  db.webhookEndpoints = db.webhookEndpoints.filter((e) => e.id !== params.id);
  db.webhookDeliveries = db.webhookDeliveries.filter((d) => d.endpointId !== params.id);
  if (db.webhookEndpoints.length === 0) db.webhookScheduledUntil = null;
  return { body: endpoint };
}

/** `GET /v1/admin/webhooks/:id/deliveries`: newest event first, by status, a page at a time. */
export function listWebhookDeliveries(
  context: AdminRoute<"listWebhookDeliveries">,
): Reply<"listWebhookDeliveries"> {
  const { db, params, query } = context;
  storedEndpoint(db, params.id);
  return { body: orThrow(deliveryLog(db, params.id, query)) };
}

/**
 * `POST /v1/admin/webhooks/:id/replay`: one event (whatever its type), or every event of the
 * endpoint's types in [`from`, `to`), queued again with the same ids, delivered ones too: each
 * starts over (attempts from 0), as on the server. An event the endpoint had no delivery of
 * (its filter left the type out then) is queued now. 409 for a disabled endpoint.
 */
export function replayWebhookEvents(
  context: AdminRoute<"replayWebhookEvents">,
): Reply<"replayWebhookEvents"> {
  const { db, now, params, body } = context;
  const range = orThrow(replayRange(body));
  const endpoint = storedEndpoint(db, params.id);
  if (endpoint.status !== "enabled") {
    throw new ApiError(409, `webhook endpoint "${endpoint.id}" is disabled: enable it to replay`);
  }
  const events =
    "eventId" in range
      ? db.webhookEvents.filter((e) => e.id === range.eventId)
      : db.webhookEvents.filter((e) => {
          const at = Date.parse(e.at);
          const wanted = endpoint.eventTypes?.includes(e.type) ?? true;
          return wanted && at >= range.from.getTime() && at < range.to.getTime();
        });
  if ("eventId" in range && events.length === 0) {
    throw new ApiError(404, `no webhook event "${range.eventId}"`);
  }
  for (const event of events) requeue(db, endpoint.id, event, now);
  return { body: { replayed: events.length } };
}

/** Queues an event's delivery again, keeping what its last attempt got until the next one. */
function requeue(db: MockDb, endpointId: string, event: WebhookEvent, now: Date): void {
  const at = now.toISOString();
  const index = db.webhookDeliveries.findIndex(
    (d) => d.endpointId === endpointId && d.eventId === event.id,
  );
  const last = db.webhookDeliveries[index];
  const queued: StoredWebhookDelivery = {
    endpointId,
    eventId: event.id,
    accountId: event.accountId,
    status: "pending",
    attempts: 0,
    createdAt: at,
    nextAttemptAt: at,
    ...(last?.lastAttemptAt ? { lastAttemptAt: last.lastAttemptAt } : {}),
    ...(last?.responseStatus !== undefined ? { responseStatus: last.responseStatus } : {}),
    ...(last?.responseExcerpt !== undefined ? { responseExcerpt: last.responseExcerpt } : {}),
  };
  if (index === -1) db.webhookDeliveries.push(queued);
  else db.webhookDeliveries[index] = queued;
}
