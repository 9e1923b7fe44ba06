import type { AccountRecord, UserRecord } from "@goalpost/backend";
import type { Catalog } from "@goalpost/core/admin";
import type {
  AgreementChange,
  LatestValue,
  Measurement,
  MeasurementCorrection,
  ShareLink,
} from "@goalpost/core/contract";
import { type DemoData, seedDemoData, seededRequest, syntheticAccounts } from "@goalpost/demo-data";

/** A customer account, created when a valid token first names it. */
export type StoredAccount = AccountRecord;

/** A user, created when a valid token first names it; name and role follow the latest token. */
export type StoredUser = UserRecord;

/** The mock backend's in-memory database. Plain data, so it can be persisted as JSON. */
export interface MockDb extends DemoData {
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
  /** The account reports' share links, each with its token's hash (never the token). */
  shareLinks: { link: ShareLink; tokenHash: string }[];
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
    pulses: [],
  };
}

/**
 * Adds the demo accounts, users and history (seeded relative to `now`) to a database, and
 * `synthetic` synthetic accounts besides.
 */
export function seedDb(db: MockDb, now: Date, synthetic = 0): void {
  for (const data of [
    seedDemoData(db.catalog, now),
    syntheticAccounts(db.catalog, now, synthetic),
  ]) {
    addData(db, data);
  }
}

function addData(db: MockDb, data: DemoData): void {
  db.accounts.push(...data.accounts);
  db.users.push(...data.users);
  db.agreements.push(...data.agreements);
  db.goals.push(...data.goals);
  db.measurements.push(...data.measurements);
  for (const m of data.measurements) db.measurementRequests.set(m.id, seededRequest(m.id));
  db.pulses.push(...data.pulses);
}
