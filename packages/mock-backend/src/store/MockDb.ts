import type { Agreement, Goal, Measurement, Pulse, User } from "@goalpost/core";
import type { Catalog } from "@goalpost/core/admin";

/** A customer account, created when a valid token first names it. */
export interface StoredAccount {
  id: string;
  createdAt: string;
}

/** A user, created when a valid token first names it; name and role follow the latest token. */
export interface StoredUser extends User {
  createdAt: string;
}

/** The mock backend's in-memory database. Plain data, so it can be persisted as JSON. */
export interface MockDb {
  catalog: Catalog;
  accounts: StoredAccount[];
  users: StoredUser[];
  agreements: Agreement[];
  goals: Goal[];
  measurements: Measurement[];
  /**
   * Canonical JSON of the request that created each measurement, keyed by measurement id, so a
   * retried write can be told from a conflicting one.
   */
  measurementRequests: Map<string, string>;
  pulses: Pulse[];
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
    pulses: [],
  };
}
