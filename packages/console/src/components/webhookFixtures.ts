import type { WebhookDelivery, WebhookEndpoint } from "@goalpost/core/contract";

/** Webhook endpoints as the API lists them, for the console's tests: one failing, one quiet. */
export const endpointsFixture: WebhookEndpoint[] = [
  {
    id: "whe_crm",
    url: "https://crm.example.com/goalpost",
    description: "CRM: goals on the account",
    eventTypes: ["goal.achieved", "goal.missed"],
    status: "enabled",
    createdAt: "2026-11-01T09:00:00.000Z",
    updatedAt: "2026-11-01T09:00:00.000Z",
    deliveries: {
      pending: 2,
      failed: 3,
      lastDeliveredAt: "2026-12-03T08:15:00.000Z",
      lastFailedAt: "2026-12-03T09:30:00.000Z",
    },
  },
  {
    id: "whe_alerts",
    url: "https://alerts.example.com/hooks/goalpost",
    status: "disabled",
    createdAt: "2026-11-02T09:00:00.000Z",
    updatedAt: "2026-11-20T09:00:00.000Z",
    deliveries: { pending: 0, failed: 0 },
  },
];

/** A failed delivery of `eventId`: after `attempts`, the receiver's answer or why none came. */
export function failedDelivery(
  eventId: string,
  fields: Partial<WebhookDelivery> = {},
): WebhookDelivery {
  return {
    eventId,
    eventType: "goal.missed",
    eventAt: "2026-12-02T09:00:00.000Z",
    accountId: "globex",
    status: "failed",
    attempts: 12,
    createdAt: "2026-12-02T09:00:00.000Z",
    lastAttemptAt: "2026-12-03T09:30:00.000Z",
    responseStatus: 500,
    responseExcerpt: '{"error":"database is down"}',
    ...fields,
  };
}
