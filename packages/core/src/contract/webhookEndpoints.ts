import type { Endpoint } from "./Endpoint.ts";
import {
  CreateWebhookEndpointBody,
  ReplayWebhookBody,
  ReplayWebhookResult,
  RotateWebhookSecretBody,
  UpdateWebhookEndpointBody,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from "./webhooks.ts";

/**
 * Webhook endpoints on the vendor's backend (docs/webhooks.md): made, changed and replayed with
 * the admin key; listed, with their deliveries, by the console too.
 */
export const webhookEndpoints = {
  listWebhookEndpoints: {
    method: "GET",
    path: "/v1/admin/webhooks",
    auth: "console",
    response: WebhookEndpointList,
    status: 200,
  },
  createWebhookEndpoint: {
    method: "POST",
    path: "/v1/admin/webhooks",
    auth: "admin",
    body: CreateWebhookEndpointBody,
    response: WebhookEndpointWithSecret,
    status: 201,
  },
  getWebhookEndpoint: {
    method: "GET",
    path: "/v1/admin/webhooks/:id",
    auth: "console",
    response: WebhookEndpoint,
    status: 200,
  },
  updateWebhookEndpoint: {
    method: "PATCH",
    path: "/v1/admin/webhooks/:id",
    auth: "admin",
    body: UpdateWebhookEndpointBody,
    response: WebhookEndpoint,
    status: 200,
    idempotent: true,
  },
  rotateWebhookSecret: {
    method: "POST",
    path: "/v1/admin/webhooks/:id/rotate-secret",
    auth: "admin",
    body: RotateWebhookSecretBody,
    response: WebhookEndpointWithSecret,
    status: 200,
  },
  deleteWebhookEndpoint: {
    method: "DELETE",
    path: "/v1/admin/webhooks/:id",
    auth: "admin",
    response: WebhookEndpoint,
    status: 200,
  },
  listWebhookDeliveries: {
    method: "GET",
    path: "/v1/admin/webhooks/:id/deliveries",
    auth: "console",
    query: WebhookDeliveryQuery,
    response: WebhookDeliveryPage,
    status: 200,
  },
  replayWebhookEvents: {
    method: "POST",
    path: "/v1/admin/webhooks/:id/replay",
    auth: "admin",
    body: ReplayWebhookBody,
    response: ReplayWebhookResult,
    status: 200,
  },
} as const satisfies Record<string, Endpoint>;
