import * as z from "zod/mini";
import { Agreement } from "./agreement.ts";
import { Metric, Role, ValueElement } from "./catalog.ts";
import { Goal } from "./goal.ts";
import { Measurement } from "./measurement.ts";
import { Id, IsoDateTime, MetricValue, Name } from "./primitives.ts";

/** The signed-in end user, as named by their token. */
export const User = z.object({
  id: Id,
  accountId: Id,
  roleId: Id,
  name: z.optional(Name),
});
export type User = z.infer<typeof User>;

/**
 * The newest value the backend holds for an `app` or `integration` metric the role has not agreed
 * (or retired): recorded under an earlier agreement, or ingested while none was in place. A UI
 * offers it as the baseline ("Use 42 % from Beacon, recorded today").
 */
export const LatestValue = z.object({
  metricId: Id,
  value: MetricValue,
  at: IsoDateTime,
  source: z.enum(["app", "integration"]),
});
export type LatestValue = z.infer<typeof LatestValue>;

/**
 * `GET /v1/session` — everything the widget needs to start, in one round trip: the role's
 * catalog, the account's agreements for the role, their goals (active and past) and recent
 * measurements (newest first, up to 20 per agreement).
 */
export const Session = z.object({
  user: User,
  role: Role,
  catalog: z.object({ metrics: z.array(Metric), valueElements: z.array(ValueElement) }),
  agreements: z.array(Agreement),
  goals: z.array(Goal),
  measurements: z.array(Measurement),
  /** True when the user is due to be asked for a value pulse. */
  pulseDue: z.boolean(),
  /** Latest values of the role's app and integration metrics not in place; absent means none. */
  latestValues: z.optional(z.array(LatestValue)),
});
export type Session = z.infer<typeof Session>;
