import { inPlaceAt } from "@goalpost/core/admin";
import type {
  Agreement,
  Catalog,
  Goal,
  LatestValue,
  Measurement,
  Role,
  Session,
  User,
} from "@goalpost/core/contract";
import { limits } from "@goalpost/core/contract";

/** How many recent measurements per agreement a session carries (the contract's limit). */
export const recentPerAgreement = limits.recentMeasurements;

/** A user is asked for a value pulse at most this often, in milliseconds (30 days). */
export const pulseIntervalMs = 30 * 86_400_000;

/**
 * Nor in the role's first days with its measures (7 days from the first agreement in place):
 * a value pulse asked before the user could see any value measures nothing.
 */
export const pulseSettlingMs = 7 * 86_400_000;

/** What `GET /v1/session` is made of, as the store read it. */
export interface SessionInput {
  user: User;
  role: Role;
  catalog: Catalog;
  /** The account's agreements for the role, retired ones included. */
  agreements: Agreement[];
  /** Their goals, settled at `now`. */
  goals: Goal[];
  /** Up to {@link recentPerAgreement} of each agreement's measurements, newest first. */
  measurements: Measurement[];
  /** Whether this user gave a pulse in the last {@link pulseIntervalMs}. */
  pulsedRecently: boolean;
  /**
   * Values the backend holds of the account's role for metrics without an agreement in place:
   * app and integration measurements of earlier (retired) agreements, and points ingested while
   * none was in place. Any order; the session keeps the newest per metric that fits.
   */
  latestValues: readonly LatestValue[];
  now: Date;
}

/**
 * `GET /v1/session`: the role's metrics and value elements, the account's agreements for the role
 * with their goals and recent measurements, and whether a value pulse is due (see
 * {@link isPulseDue}).
 */
export function buildSession(input: SessionInput): Session {
  const { role, catalog, agreements } = input;
  return {
    user: input.user,
    role,
    catalog: {
      metrics: catalog.metrics.filter((m) => m.roleIds.includes(role.id)),
      valueElements: catalog.valueElements.filter((v) => v.roleIds.includes(role.id)),
    },
    agreements,
    goals: input.goals,
    measurements: input.measurements,
    pulseDue: isPulseDue(input),
    latestValues: latestValues(input),
  };
}

/**
 * The newest value per app or integration metric of the role that has no agreement in place and
 * whose collection method the value's source is, by metric in catalog order.
 */
function latestValues(input: SessionInput): LatestValue[] {
  const inPlace = new Set(
    input.agreements.filter((a) => a.status !== "retired").map((a) => a.metricId),
  );
  const newest = new Map<string, LatestValue>();
  for (const value of input.latestValues) {
    const seen = newest.get(value.metricId);
    if (!seen || Date.parse(value.at) > Date.parse(seen.at)) newest.set(value.metricId, value);
  }
  return input.catalog.metrics.flatMap((metric) => {
    const value = newest.get(metric.id);
    const offered =
      value &&
      metric.roleIds.includes(input.role.id) &&
      !inPlace.has(metric.id) &&
      value.source === metric.collection;
    return offered ? [value] : [];
  });
}

/**
 * Whether to ask this user for a value pulse: only once they have experienced value — they
 * logged progress themselves, or a goal of the role was achieved (by any data) — not in the
 * first {@link pulseSettlingMs} after the role's first measure was in place, and not when they
 * gave one in the last {@link pulseIntervalMs}.
 */
export function isPulseDue(input: SessionInput): boolean {
  if (input.pulsedRecently) return false;
  const at = input.now.toISOString();
  const since = input.agreements
    .filter((a) => inPlaceAt(a, at))
    .map((a) => Date.parse(a.agreedAt ?? at));
  if (!since.length || input.now.getTime() - Math.min(...since) < pulseSettlingMs) return false;
  const logged = input.measurements.some(
    (m) => m.userId === input.user.id && (m.source === "self" || m.source === "scale"),
  );
  return logged || input.goals.some((g) => g.status === "achieved");
}
