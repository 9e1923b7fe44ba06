import { Problem } from "@goalpost/core";
import type {
  CreateWebhookEndpointBody,
  ReplayWebhookBody,
  RotateWebhookSecretBody,
  UpdateWebhookEndpointBody,
  WebhookDeliveryCounts,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEventType,
} from "@goalpost/core/contract";
import { Id } from "@goalpost/core/contract";
import { decodeBase64Url, encodeBase64Url } from "../base64url.ts";
import { newId } from "../rules/newId.ts";
import { checkWebhookUrl, type WebhookUrlOptions } from "./webhookUrl.ts";

/** An endpoint as stores keep it: its secrets beside what the API shows. */
export interface StoredWebhookEndpoint extends Omit<WebhookEndpoint, "deliveries"> {
  secret: string;
  /** The secret before the last rotation, signing too until `previousSecretExpiresAt`. */
  previousSecret?: string;
}

/** How long a rotated-out secret keeps signing, unless the rotation says otherwise: a day. */
export const defaultSecretOverlapSeconds = 86_400;

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
export function newWebhookSecret(): string {
  return `whsec_${encodeBase64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** A new endpoint from its body, or why its URL is refused (422). */
export function newWebhookEndpoint(
  body: CreateWebhookEndpointBody,
  now: Date,
  options: WebhookUrlOptions = {},
): StoredWebhookEndpoint | Problem {
  const checked = checkWebhookUrl(body.url, options);
  if (!("url" in checked)) return checked;
  const at = now.toISOString();
  return {
    id: newId("whep"),
    url: checked.url.href,
    ...(body.description ? { description: body.description } : {}),
    ...(body.eventTypes ? { eventTypes: uniqueTypes(body.eventTypes) } : {}),
    status: body.enabled === false ? "disabled" : "enabled",
    createdAt: at,
    updatedAt: at,
    secret: newWebhookSecret(),
  };
}

/** The endpoint after a PATCH: what the body gives changes, `null` clears. */
export function changeWebhookEndpoint(
  endpoint: StoredWebhookEndpoint,
  body: UpdateWebhookEndpointBody,
  now: Date,
  options: WebhookUrlOptions = {},
): StoredWebhookEndpoint | Problem {
  let url = endpoint.url;
  if (body.url !== undefined) {
    const checked = checkWebhookUrl(body.url, options);
    if (!("url" in checked)) return checked;
    url = checked.url.href;
  }
  const { description, eventTypes, ...rest } = endpoint;
  const nextDescription = body.description === undefined ? description : body.description;
  const nextTypes = body.eventTypes === undefined ? eventTypes : body.eventTypes;
  const status =
    body.enabled === undefined ? endpoint.status : body.enabled ? "enabled" : "disabled";
  const next: StoredWebhookEndpoint = {
    ...rest,
    url,
    ...(nextDescription ? { description: nextDescription } : {}),
    ...(nextTypes ? { eventTypes: uniqueTypes(nextTypes) } : {}),
    status,
  };
  // Setting what is already set changes nothing, not even the time of the last change.
  return sameEndpoint(next, endpoint) ? endpoint : { ...next, updatedAt: now.toISOString() };
}

/**
 * The endpoint with a new secret; the current one becomes the previous one and signs beside it
 * for `overlapSeconds` (0: at once no more). A previous secret still in its overlap is dropped.
 */
export function rotateWebhookSecret(
  endpoint: StoredWebhookEndpoint,
  body: RotateWebhookSecretBody,
  now: Date,
): StoredWebhookEndpoint {
  const overlap = body.overlapSeconds ?? defaultSecretOverlapSeconds;
  const { previousSecret: _, previousSecretExpiresAt: __, ...rest } = endpoint;
  return {
    ...rest,
    secret: newWebhookSecret(),
    ...(overlap > 0
      ? {
          previousSecret: endpoint.secret,
          previousSecretExpiresAt: new Date(now.getTime() + overlap * 1000).toISOString(),
        }
      : {}),
    updatedAt: now.toISOString(),
  };
}

/** The secrets a delivery at `now` is signed with: the current one, and the previous in its overlap. */
export function signingSecrets(endpoint: StoredWebhookEndpoint, now: Date): string[] {
  const { previousSecret, previousSecretExpiresAt } = endpoint;
  const overlapping =
    previousSecret !== undefined &&
    previousSecretExpiresAt !== undefined &&
    now.getTime() < Date.parse(previousSecretExpiresAt);
  return overlapping ? [endpoint.secret, previousSecret] : [endpoint.secret];
}

/** Whether an enabled endpoint is sent events of this type. */
export function wantsEvent(
  endpoint: Pick<WebhookEndpoint, "status" | "eventTypes">,
  type: WebhookEventType,
): boolean {
  return endpoint.status === "enabled" && (endpoint.eventTypes?.includes(type) ?? true);
}

/** The endpoint as the API shows it: no secrets, the counts of its deliveries beside it. */
export function publicWebhookEndpoint(
  endpoint: StoredWebhookEndpoint,
  deliveries: WebhookDeliveryCounts,
): WebhookEndpoint {
  const { secret: _, previousSecret, previousSecretExpiresAt, ...shown } = endpoint;
  return {
    ...shown,
    ...(previousSecret !== undefined && previousSecretExpiresAt !== undefined
      ? { previousSecretExpiresAt }
      : {}),
    deliveries,
  };
}

/** What a replay asks for: one event, or the events in [`from`, `to`). */
export type ReplayRange = { eventId: string } | { from: Date; to: Date };

/** The longest time range one replay covers: 31 days. */
export const maxReplayDays = 31;

/** Reads a replay's body: an event id, or both ends of a range of at most {@link maxReplayDays}. */
export function replayRange(body: ReplayWebhookBody): ReplayRange | Problem {
  if (body.eventId !== undefined) {
    if (body.from !== undefined || body.to !== undefined) {
      return Problem.invalid(["eventId"], "is given alone, or from and to without it");
    }
    return { eventId: body.eventId };
  }
  if (body.from === undefined || body.to === undefined) {
    return Problem.invalid(
      [body.from === undefined ? "from" : "to"],
      "is required: replay one event (eventId) or a time range (from and to)",
    );
  }
  const from = new Date(body.from);
  const to = new Date(body.to);
  if (to.getTime() <= from.getTime()) return Problem.invalid(["to"], "must be after from");
  if (to.getTime() - from.getTime() > maxReplayDays * 86_400_000) {
    return Problem.invalid(["to"], `must be at most ${maxReplayDays} days after from`);
  }
  return { from, to };
}

const uniqueTypes = (types: readonly WebhookEventType[]) => [...new Set(types)];

function sameEndpoint(a: StoredWebhookEndpoint, b: StoredWebhookEndpoint): boolean {
  return (
    a.url === b.url &&
    a.description === b.description &&
    a.status === b.status &&
    JSON.stringify(a.eventTypes) === JSON.stringify(b.eventTypes)
  );
}

/** What a delivery-log cursor is bound to: the endpoint and the status filter. */
const deliveryListOf = (endpointId: string, query: WebhookDeliveryQuery) =>
  JSON.stringify([endpointId, query.status ?? null]);

/** The opaque cursor of a delivery-log page that ended at the event `lastEventId`. */
export function encodeDeliveryCursor(
  lastEventId: string,
  endpointId: string,
  query: WebhookDeliveryQuery,
): string {
  return encodeBase64Url(
    new TextEncoder().encode(JSON.stringify([lastEventId, deliveryListOf(endpointId, query)])),
  );
}

/** The event id a delivery-log cursor ends at, or a problem when this list did not give it out. */
export function decodeDeliveryCursor(
  cursor: string,
  endpointId: string,
  query: WebhookDeliveryQuery,
): string | Problem {
  try {
    const text = new TextDecoder().decode(decodeBase64Url(cursor) ?? new Uint8Array(0));
    const [eventId, list] = JSON.parse(text) as unknown[];
    if (Id.safeParse(eventId).success && list === deliveryListOf(endpointId, query)) {
      return eventId as string;
    }
  } catch {
    // fall through to the problem
  }
  return Problem.invalid(["cursor"], "is not a cursor of this list (same endpoint and status)");
}
