import { decodeDeliveryCursor, encodeDeliveryCursor } from "@goalpost/backend";
import { Problem } from "@goalpost/core";
import type {
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
} from "@goalpost/core/contract";
import type { MockDb } from "../store/MockDb.ts";

/** The default page size of a delivery log. */
const defaultLimit = 50;

/**
 * One page of an endpoint's delivery log: newest event first, of one status if asked, after
 * the event the cursor names (the shared delivery-log cursor, as the server's).
 */
export function deliveryLog(
  db: MockDb,
  endpointId: string,
  query: WebhookDeliveryQuery,
): WebhookDeliveryPage | Problem {
  const order = new Map(db.webhookEvents.map((event, index) => [event.id, index]));
  let before = Number.POSITIVE_INFINITY;
  if (query.cursor !== undefined) {
    const after = decodeDeliveryCursor(query.cursor, endpointId, query);
    if (Problem.is(after)) return after;
    before = order.get(after) ?? -1;
  }
  const rows = db.webhookDeliveries
    .filter((d) => d.endpointId === endpointId && (!query.status || d.status === query.status))
    .flatMap((delivery) => {
      const position = order.get(delivery.eventId) ?? -1;
      const event = db.webhookEvents[position];
      return event && position < before ? [{ delivery, position, event }] : [];
    })
    .sort((a, b) => b.position - a.position);
  const limit = query.limit ?? defaultLimit;
  const items = rows.slice(0, limit).map(({ delivery, event }): WebhookDelivery => {
    const { endpointId: _, ...rest } = delivery;
    return { ...rest, eventType: event.type, eventAt: event.at };
  });
  const last = items[items.length - 1];
  return {
    items,
    ...(rows.length > limit && last
      ? { nextCursor: encodeDeliveryCursor(last.eventId, endpointId, query) }
      : {}),
  };
}
