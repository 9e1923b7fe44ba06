import type { AccountRecord, UsageTotal, UserRecord } from "@goalpost/backend";
import type { RevenueEvent } from "@goalpost/core/admin";
import type { Agreement, Catalog, Goal, Measurement, Pulse } from "@goalpost/core/contract";

/** Plain data of the seeded accounts and their history, for any store to load. */
export interface DemoData {
  accounts: AccountRecord[];
  users: UserRecord[];
  agreements: Agreement[];
  goals: Goal[];
  measurements: Measurement[];
  pulses: Pulse[];
  /** Revenue events and daily usage, for the company-results reports (only when asked for). */
  revenue: RevenueEvent[];
  usage: UsageTotal[];
}

/** What the seed works on while it builds the history: the data and the catalog it follows. */
export interface SeedTarget extends DemoData {
  catalog: Catalog;
}

/**
 * What a seeded measurement is remembered by in place of a request body: no client sent it, so
 * any write reusing its id is a conflict.
 */
export function seededRequest(measurementId: string): string {
  return `seed:${measurementId}`;
}
