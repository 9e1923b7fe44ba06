import { buildSession, pulseIntervalMs, recentPerAgreement } from "@goalpost/backend";
import type { Reply, UserRoute } from "../http/createRoutes.ts";
import {
  agreementColumns,
  goalColumns,
  iso,
  measurementColumns,
  toAgreement,
  toGoal,
  toMeasurement,
} from "../store/rows.ts";

/**
 * `GET /v1/session`: the role's metrics and value elements, the account's agreements for the role
 * with their goals and recent measurements (an index range per agreement), and whether a value
 * pulse is due.
 */
export async function getSession(context: UserRoute<"getSession">): Promise<Reply<"getSession">> {
  const { server, user, role, catalog, now } = context;
  const { db } = server;
  const owner = [user.accountId, role.id];
  const agreements = await db.query(
    `SELECT ${agreementColumns} FROM agreements a
     WHERE a.account_id = $1::text AND a.role_id = $2::text ORDER BY a.seq`,
    owner,
  );
  const goals = await db.query(
    `SELECT ${goalColumns} FROM goals g JOIN agreements a ON a.id = g.agreement_id
     WHERE a.account_id = $1::text AND a.role_id = $2::text ORDER BY g.seq`,
    owner,
  );
  const measurements = await db.query(
    `SELECT ${measurementColumns} FROM agreements a
     CROSS JOIN LATERAL (
       SELECT * FROM measurements m WHERE m.agreement_id = a.id AND m.deleted_at IS NULL
       ORDER BY m.at DESC, m.id DESC LIMIT $3::int
     ) m
     WHERE a.account_id = $1::text AND a.role_id = $2::text
     ORDER BY a.seq, m.at DESC, m.id DESC`,
    [...owner, recentPerAgreement],
  );
  const pulsed = await db.query(
    `SELECT 1 FROM pulses
     WHERE account_id = $1::text AND user_id = $2::text AND at > $3::timestamptz LIMIT 1`,
    [user.accountId, user.id, new Date(now.getTime() - pulseIntervalMs).toISOString()],
  );
  // Values to offer as baselines: kept from ingest, and the product's data of retired agreements.
  const latest = await db.query(
    `SELECT v.metric_id, v.value, v.at, v.source FROM latest_values v
     WHERE v.account_id = $1::text AND v.role_id = $2::text
     UNION ALL
     SELECT a.metric_id, m.value, m.at, m.source FROM agreements a
     CROSS JOIN LATERAL (
       SELECT * FROM measurements m
       WHERE m.agreement_id = a.id AND m.deleted_at IS NULL AND m.source IN ('app', 'integration')
       ORDER BY m.at DESC, m.id DESC LIMIT 1
     ) m
     WHERE a.account_id = $1::text AND a.role_id = $2::text AND a.status = 'retired'`,
    owner,
  );
  const session = buildSession({
    user,
    role,
    catalog,
    agreements: agreements.map(toAgreement),
    goals: goals.map((row) => toGoal(row, now)),
    measurements: measurements.map(toMeasurement),
    pulsedRecently: pulsed.length > 0,
    latestValues: latest.map((row) => ({
      metricId: row.metric_id as string,
      value: Number(row.value),
      at: iso(row.at),
      source: row.source as "app" | "integration",
    })),
    now,
  });
  return { body: session };
}
