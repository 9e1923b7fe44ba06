import type { Session } from "@goalpost/core";
import { inPlaceAt } from "@goalpost/core/admin";
import type { Reply, UserRouteContext } from "../http/createRoutes.ts";
import { newestFirst } from "./pageOf.ts";

/** How many recent measurements per agreement the session carries. */
const recentPerAgreement = 20;
/** A user is asked for a value pulse at most this often. */
const pulseIntervalMs = 30 * 86_400_000;

/**
 * `GET /v1/session`: the role's metrics and value elements, the account's agreements for the role
 * with their goals and recent measurements, and whether a value pulse is due — which it is when
 * the role has a measure in place and this user gave no pulse in the last 30 days.
 */
export function getSession(context: UserRouteContext): Reply {
  const { db, user, role, now } = context;
  const at = now.toISOString();
  const agreements = db.agreements.filter(
    (a) => a.accountId === user.accountId && a.roleId === role.id,
  );
  const ids = new Set(agreements.map((a) => a.id));
  const measurements = agreements.flatMap((a) =>
    db.measurements
      .filter((m) => m.agreementId === a.id)
      .sort(newestFirst)
      .slice(0, recentPerAgreement),
  );
  const pulsedRecently = db.pulses.some(
    (p) =>
      p.userId === user.id &&
      p.accountId === user.accountId &&
      now.getTime() - Date.parse(p.at) < pulseIntervalMs,
  );
  const session: Session = {
    user: {
      id: user.id,
      accountId: user.accountId,
      roleId: user.roleId,
      ...(user.name !== undefined ? { name: user.name } : {}),
    },
    role,
    catalog: {
      metrics: db.catalog.metrics.filter((m) => m.roleIds.includes(role.id)),
      valueElements: db.catalog.valueElements.filter((v) => v.roleIds.includes(role.id)),
    },
    agreements,
    goals: db.goals.filter((g) => ids.has(g.agreementId)),
    measurements,
    pulseDue: !pulsedRecently && agreements.some((a) => inPlaceAt(a, at)),
  };
  return { status: 200, body: session };
}
