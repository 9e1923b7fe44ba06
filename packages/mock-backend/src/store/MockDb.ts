import type {
  AccountRecord,
  StoredWebhookEndpoint,
  UsageTotal,
  UserRecord,
} from "@goalpost/backend";
import { companyRequest } from "@goalpost/backend";
import type { Catalog, RevenueEvent } from "@goalpost/core/admin";
import type {
  AgreementChange,
  LatestValue,
  Measurement,
  MeasurementCorrection,
  ShareLink,
  WebhookDelivery,
  WebhookEvent,
} from "@goalpost/core/contract";
import { type DemoData, type SeedOptions, seedDemoData, seededRequest } from "@goalpost/demo-data";

/** A customer account, created when a valid token first names it. */
export type StoredAccount = AccountRecord;

/** A user, created when a valid token first names it; name and role follow the latest token. */
export type StoredUser = UserRecord;

/** One event's delivery to one endpoint, as the log keeps it (the event's type and time are the event's). */
export interface StoredWebhookDelivery extends Omit<WebhookDelivery, "eventType" | "eventAt"> {
  endpointId: string;
}

/** The mock backend's in-memory database. Plain data, so it can be persisted as JSON. */
export interface MockDb extends Omit<DemoData, "revenue" | "usage"> {
  catalog: Catalog;
  /**
   * Canonical JSON of the request that created each measurement, keyed by measurement id, so a
   * retried write can be told from a conflicting one.
   */
  measurementRequests: Map<string, string>;
  /** Deleted measurements, kept for their history and replays; out of every read otherwise. */
  tombstones: Measurement[];
  /** Each correction of a measurement, oldest first. */
  corrections: { measurementId: string; correction: MeasurementCorrection }[];
  /** Each change of an agreement's maturity level or baseline, oldest first. */
  agreementChanges: { agreementId: string; change: AgreementChange }[];
  /** The newest point ingested per account, role and metric while no agreement was in place. */
  latestValues: { accountId: string; roleId: string; value: LatestValue }[];
  /** Canonical JSON of each usage item received, by its id: a retry is counted once. */
  usageRequests: Map<string, string>;
  /** Daily usage totals, by usage metric, version, account and day. */
  usageTotals: UsageTotal[];
  /** Revenue events in the order received, and each one's canonical JSON by its id. */
  revenueEvents: RevenueEvent[];
  revenueRequests: Map<string, string>;
  /** The account reports' share links, each with its token's hash (never the token). */
  shareLinks: { link: ShareLink; tokenHash: string }[];
  /** Webhook endpoints, oldest first, with their secrets. */
  webhookEndpoints: StoredWebhookEndpoint[];
  /** The events written while an endpoint existed, in order (the server's outbox). */
  webhookEvents: WebhookEvent[];
  /** Each event's delivery to each endpoint that wanted it, in the order queued. */
  webhookDeliveries: StoredWebhookDelivery[];
  /** The time up to which the events of time passing (`scheduledEvents`) are written; null: none yet. */
  webhookScheduledUntil: string | null;
}

/** An empty database with the given catalog. */
export function createEmptyDb(catalog: Catalog): MockDb {
  return {
    catalog: structuredClone(catalog),
    accounts: [],
    users: [],
    agreements: [],
    goals: [],
    measurements: [],
    measurementRequests: new Map(),
    tombstones: [],
    corrections: [],
    agreementChanges: [],
    latestValues: [],
    shareLinks: [],
    webhookEndpoints: [],
    webhookEvents: [],
    webhookDeliveries: [],
    webhookScheduledUntil: null,
    pulses: [],
    usageRequests: new Map(),
    usageTotals: [],
    revenueEvents: [],
    revenueRequests: new Map(),
  };
}

/** Adds the demo accounts, users and history (seeded relative to `now`) to a database. */
export function seedDb(db: MockDb, now: Date, options: SeedOptions = {}): void {
  const data = seedDemoData(db.catalog, now, options);
  db.accounts.push(...data.accounts);
  db.users.push(...data.users);
  db.agreements.push(...data.agreements);
  db.goals.push(...data.goals);
  db.measurements.push(...data.measurements);
  for (const m of data.measurements) db.measurementRequests.set(m.id, seededRequest(m.id));
  db.pulses.push(...data.pulses);
  db.revenueEvents.push(...data.revenue);
  for (const event of data.revenue) db.revenueRequests.set(event.id, companyRequest(event));
  db.usageTotals.push(...data.usage);
}
