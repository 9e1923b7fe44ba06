import { buildSession, newestFirst, pulseIntervalMs, recentPerAgreement } from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import { settledGoalsOf } from "./access.ts";

/**
 * `GET /v1/session`: the role's metrics and value elements, the account's agreements for the role
 * with their goals and recent measurements, and whether a value pulse is due.
 */
export function getSession(context: UserRoute<"getSession">): Reply<"getSession"> {
  const { db, user, role, now } = context;
  const agreements = db.agreements.filter(
    (a) => a.accountId === user.accountId && a.roleId === role.id,
  );
  const ids = new Set(agreements.map((a) => a.id));
  const session = buildSession({
    user: {
      id: user.id,
      accountId: user.accountId,
      roleId: user.roleId,
      ...(user.name !== undefined ? { name: user.name } : {}),
    },
    role,
    catalog: db.catalog,
    agreements,
    goals: settledGoalsOf(db, ids, now),
    measurements: agreements.flatMap((a) =>
      db.measurements
        .filter((m) => m.agreementId === a.id)
        .sort(newestFirst)
        .slice(0, recentPerAgreement),
    ),
    latestValues: [
      ...db.latestValues
        .filter((kept) => kept.accountId === user.accountId && kept.roleId === role.id)
        .map((kept) => kept.value),
      // The product's data of an earlier, retired agreement on the metric.
      ...agreements.flatMap((a) =>
        a.status !== "retired"
          ? []
          : db.measurements.flatMap((m) =>
              m.agreementId === a.id && (m.source === "app" || m.source === "integration")
                ? [{ metricId: a.metricId, value: m.value, at: m.at, source: m.source }]
                : [],
            ),
      ),
    ],
    pulsedRecently: db.pulses.some(
      (p) =>
        p.userId === user.id &&
        p.accountId === user.accountId &&
        now.getTime() - Date.parse(p.at) < pulseIntervalMs,
    ),
    now,
  });
  return { body: session };
}
