import type { StoredWebhookEndpoint } from "@goalpost/backend";
import {
  Agreement,
  AgreementChange,
  Goal,
  LatestValue,
  Measurement,
  MeasurementCorrection,
  Pulse,
  User,
} from "@goalpost/core";
import {
  Catalog,
  RevenueEvent,
  ShareLink,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEvent,
} from "@goalpost/core/admin";
import * as z from "zod/mini";
import type { MockDb } from "./MockDb.ts";

const version = 1;

const StoredEndpoint = z.extend(z.omit(WebhookEndpoint, { deliveries: true }), {
  secret: z.string(),
  previousSecret: z.optional(z.string()),
});

const StoredDelivery = z.extend(z.omit(WebhookDelivery, { eventType: true, eventAt: true }), {
  endpointId: z.string(),
});

const StoredDb = z.object({
  version: z.literal(version),
  catalog: Catalog,
  accounts: z.array(z.object({ id: z.string(), createdAt: z.string() })),
  users: z.array(z.extend(User, { createdAt: z.string() })),
  agreements: z.array(Agreement),
  goals: z.array(Goal),
  measurements: z.array(Measurement),
  measurementRequests: z.array(z.tuple([z.string(), z.string()])),
  pulses: z.array(Pulse),
  // Added with corrections: a database saved before them reads with none.
  tombstones: z._default(z.array(Measurement), () => []),
  corrections: z._default(
    z.array(z.object({ measurementId: z.string(), correction: MeasurementCorrection })),
    () => [],
  ),
  agreementChanges: z._default(
    z.array(z.object({ agreementId: z.string(), change: AgreementChange })),
    () => [],
  ),
  latestValues: z._default(
    z.array(z.object({ accountId: z.string(), roleId: z.string(), value: LatestValue })),
    () => [],
  ),
  // Added with company results.
  usageRequests: z._default(z.array(z.tuple([z.string(), z.string()])), () => []),
  usageTotals: z._default(
    z.array(
      z.object({
        usageMetricId: z.string(),
        version: z.number(),
        accountId: z.string(),
        day: z.string(),
        quantity: z.number(),
      }),
    ),
    () => [],
  ),
  revenueEvents: z._default(z.array(RevenueEvent), () => []),
  revenueRequests: z._default(z.array(z.tuple([z.string(), z.string()])), () => []),
  // Added with the console's share links.
  shareLinks: z._default(z.array(z.object({ link: ShareLink, tokenHash: z.string() })), () => []),
  // Added with webhooks.
  webhookEndpoints: z._default(z.array(StoredEndpoint), () => []),
  webhookEvents: z._default(z.array(WebhookEvent), () => []),
  webhookDeliveries: z._default(z.array(StoredDelivery), () => []),
  webhookScheduledUntil: z._default(z.nullable(z.string()), null),
});

/** The database as JSON, for persistence. */
export function serializeDb(db: MockDb): string {
  return JSON.stringify({
    version,
    ...db,
    measurementRequests: [...db.measurementRequests],
    usageRequests: [...db.usageRequests],
    revenueRequests: [...db.revenueRequests],
  });
}

/** A database from {@link serializeDb}'s JSON, or undefined when it is unreadable or outdated. */
export function deserializeDb(json: string): MockDb | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  const result = StoredDb.safeParse(data);
  if (!result.success) return undefined;
  const {
    version: _version,
    measurementRequests,
    usageRequests,
    revenueRequests,
    webhookEndpoints,
    ...rest
  } = result.data;
  return {
    ...rest,
    // JSON holds no undefined: an absent previous secret is absent, as the type wants.
    webhookEndpoints: webhookEndpoints as StoredWebhookEndpoint[],
    measurementRequests: new Map(measurementRequests),
    usageRequests: new Map(usageRequests),
    revenueRequests: new Map(revenueRequests),
  };
}
